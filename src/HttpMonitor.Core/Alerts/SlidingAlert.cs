using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Alerts;

/// <summary>
/// One alert's state, folded over closed seconds with Scan: the sliding sum of its window and
/// the hysteresis. <see cref="Event"/> is the transition the latest second caused, if any.
/// </summary>
/// <remarks>The window and thresholds are read from the options at every second, so a change applies at the next evaluation.</remarks>
internal sealed class SlidingAlert(AlertKind kind)
{
    private readonly AlertHysteresis _hysteresis = new(kind);
    private SlidingSum? _sum;

    public AlertEvent? Event { get; private set; }

    public SlidingAlert Next(SecondTotals second, MonitorOptions o)
    {
        bool traffic = kind == AlertKind.Traffic;
        int width = traffic ? o.TrafficAlertInterval : o.ErrorsAlertInterval;
        _sum ??= new SlidingSum(width);
        _sum.Resize(width);
        _sum.Push(traffic ? second.Hits : second.Errors);
        long value = _sum.Sum;

        if (traffic)
        {
            // The divisor is always the whole interval, also before that many seconds have passed.
            double average = (double)value / width;
            bool recovers = o.TrafficRecoveryThreshold is { } lower ? average < lower : average <= o.AverageTrafficThreshold;
            Event = _hysteresis.Evaluate(second.Time, value, average, o.AverageTrafficThreshold,
                triggers: average > o.AverageTrafficThreshold, recovers);
        }
        else
        {
            Event = _hysteresis.Evaluate(second.Time, value, 0, o.MaxErrorsThreshold,
                triggers: value > o.MaxErrorsThreshold, recovers: value <= o.MaxErrorsThreshold);
        }

        return this;
    }
}
