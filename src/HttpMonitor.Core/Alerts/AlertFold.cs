using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Alerts;

/// <summary>
/// One alert rule folded over closed seconds: the sliding sum of its window (of the hits that pass
/// its filters), how long its condition has held (<c>for</c>), and whether it is active.
/// </summary>
/// <remarks>
/// The rule is read at every second, so a change applies at the next evaluation, over the seconds
/// already seen. An undefined value never triggers and counts as recovered.
/// </remarks>
internal sealed class AlertFold
{
    private SlidingTally? _window;
    private SlidingLatency? _latency; // only for the response-time metrics
    private DateTimeOffset _since;
    private bool _active;
    private long _held;

    /// <summary>Where the rule stands after the latest evaluation; null before the first.</summary>
    public AlertStatus? Status { get; private set; }

    /// <summary>Evaluates <paramref name="rule"/> at the end of <paramref name="second"/>: the trigger or recovery it causes, if any.</summary>
    public AlertEvent? Next(ClosedSecond second, AlertRule rule)
    {
        var (tally, latency) = RuleFilter.Of(second, rule);
        return Evaluate(tally, latency, second.Time, rule);
    }

    /// <summary>
    /// Evaluates <paramref name="rule"/> at the end of each of <paramref name="count"/> empty seconds
    /// from <paramref name="start"/>, exactly as one by one, in work bounded by the rule: once the
    /// window holds only empty seconds its value is constant, so after its <c>for</c> nothing changes
    /// but how long the condition has held.
    /// </summary>
    public List<AlertEvent> NextQuiet(DateTimeOffset start, long count, AlertRule rule)
    {
        var changes = new List<AlertEvent>();
        long oneByOne = Math.Min(count, rule.WindowSeconds + (long)rule.ForSeconds + 2);
        for (long i = 1; i <= oneByOne; i++)
        {
            if (Evaluate(default, null, start.AddSeconds(i), rule) is { } change)
            {
                changes.Add(change);
            }
        }

        long rest = count - oneByOne;
        _window!.PushEmpty(rest);
        _latency?.PushEmpty(rest);
        _held = _held > 0 ? _held + rest : 0;
        var last = Status!;
        Status = new AlertStatus(rule, start.AddSeconds(count), last.Value, last.Hits, _active, _held);
        return changes;
    }

    private AlertEvent? Evaluate(Tally second, LatencySketch? durations, DateTimeOffset at, AlertRule rule)
    {
        _window ??= new SlidingTally(rule.WindowSeconds);
        _window.Resize(rule.WindowSeconds);
        _window.Push(second);
        if (rule.IsLatency)
        {
            // Made when the rule first is (or becomes) a latency rule: it counts from then on.
            _latency ??= new SlidingLatency(rule.WindowSeconds);
            _latency.Resize(rule.WindowSeconds);
            _latency.Push(durations);
        }

        var sum = _window.Sum;
        double? value = rule.IsLatency ? AlertValue.Of(rule, _latency!) : AlertValue.Of(rule, sum);

        bool holds = value is { } v && (rule.Below ? v < rule.Threshold : v > rule.Threshold);
        _held = holds ? _held + 1 : 0;
        AlertEvent? change = null;
        if (!_active && _held > rule.ForSeconds)
        {
            (_active, _since) = (true, at);
            change = new AlertEvent(rule, AlertState.Triggered, at, value, sum.Hits, rule.Threshold, TimeSpan.Zero);
        }
        else if (_active && Recovered(rule, value))
        {
            (_active, _held) = (false, 0); // after a recovery, "for" starts again
            change = new AlertEvent(rule, AlertState.Recovered, at, value, sum.Hits, rule.RecoverAt, at - _since);
        }

        Status = new AlertStatus(rule, at, value, sum.Hits, _active, _held);
        return change;
    }

    private static bool Recovered(AlertRule rule, double? value) => value switch
    {
        null => true,
        { } v when rule.Below => v >= rule.RecoverAt,
        { } v when rule.RecoversStrictly => v < rule.RecoverAt,
        { } v => v <= rule.RecoverAt,
    };
}
