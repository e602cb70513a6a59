using System.Reactive.Linq;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Pipeline;

public static partial class MonitorObservable
{
    /// <summary>
    /// The traffic alert, evaluated at the end of every closed second over the last
    /// <see cref="MonitorOptions.TrafficAlertInterval"/> seconds: it triggers when hits / interval
    /// is above <see cref="MonitorOptions.AverageTrafficThreshold"/> and recovers at or below it
    /// (or below <see cref="MonitorOptions.TrafficRecoveryThreshold"/> when set).
    /// </summary>
    /// <remarks>The divisor is always the full interval, also before that many seconds have passed.</remarks>
    public static IObservable<AlertEvent> ToTrafficAlerts(this IObservable<SecondTotals> seconds, IObservable<MonitorOptions> options) =>
        Observable.Defer(() =>
        {
            var alert = new AlertHysteresis(AlertKind.Traffic);
            SlidingSum? hits = null;
            return seconds
                .WithLatestFrom(options, (second, o) => (second, o))
                .Select(x =>
                {
                    var o = x.o;
                    hits ??= new SlidingSum(o.TrafficAlertInterval);
                    hits.Resize(o.TrafficAlertInterval);
                    hits.Push(x.second.Hits);
                    double average = (double)hits.Sum / o.TrafficAlertInterval;
                    bool recovers = o.TrafficRecoveryThreshold is { } lower
                        ? average < lower
                        : average <= o.AverageTrafficThreshold;
                    return alert.Evaluate(x.second.Time, hits.Sum, average, o.AverageTrafficThreshold,
                        triggers: average > o.AverageTrafficThreshold, recovers);
                })
                .Where(e => e is not null)
                .Select(e => e!);
        });

    /// <summary>
    /// The errors alert, evaluated at the end of every closed second: it triggers when the 4xx+5xx
    /// responses of the last <see cref="MonitorOptions.ErrorsAlertInterval"/> seconds exceed
    /// <see cref="MonitorOptions.MaxErrorsThreshold"/> and recovers at or below it.
    /// </summary>
    public static IObservable<AlertEvent> ToErrorAlerts(this IObservable<SecondTotals> seconds, IObservable<MonitorOptions> options) =>
        Observable.Defer(() =>
        {
            var alert = new AlertHysteresis(AlertKind.Errors);
            SlidingSum? errors = null;
            return seconds
                .WithLatestFrom(options, (second, o) => (second, o))
                .Select(x =>
                {
                    var o = x.o;
                    errors ??= new SlidingSum(o.ErrorsAlertInterval);
                    errors.Resize(o.ErrorsAlertInterval);
                    errors.Push(x.second.Errors);
                    double threshold = o.MaxErrorsThreshold;
                    return alert.Evaluate(x.second.Time, errors.Sum, 0, threshold,
                        triggers: errors.Sum > threshold, recovers: errors.Sum <= threshold);
                })
                .Where(e => e is not null)
                .Select(e => e!);
        });
}
