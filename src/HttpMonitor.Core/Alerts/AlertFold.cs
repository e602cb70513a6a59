using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>
/// One alert folded over closed seconds: the sliding sum of its window and its state, inactive
/// until the trigger condition holds, then active until the recovery condition holds.
/// </summary>
/// <remarks>The rule is read at every second, so a change applies at the next evaluation, over the seconds already seen.</remarks>
internal sealed class AlertFold
{
    private SlidingTally? _window;
    private DateTimeOffset _since;
    private bool _active;

    /// <summary>Where the alert stands after the latest evaluation; null before the first.</summary>
    public AlertStatus? Status { get; private set; }

    /// <summary>Evaluates <paramref name="rule"/> at the end of <paramref name="second"/>: the trigger or recovery it causes, if any.</summary>
    public AlertEvent? Next(ClosedSecond second, AlertRule rule) => Evaluate(second.Tally, second.Time, rule);

    /// <summary>
    /// Evaluates <paramref name="rule"/> at the end of each of <paramref name="count"/> empty seconds
    /// from <paramref name="start"/>, exactly as one by one, in work bounded by the rule's window:
    /// once the window holds only empty seconds its value is 0 and stays 0, so nothing more changes.
    /// </summary>
    public List<AlertEvent> NextQuiet(DateTimeOffset start, long count, AlertRule rule)
    {
        var changes = new List<AlertEvent>();
        long oneByOne = Math.Min(count, rule.WindowSeconds + 1L);
        for (long i = 1; i <= oneByOne; i++)
        {
            if (Evaluate(default, start.AddSeconds(i), rule) is { } change)
            {
                changes.Add(change);
            }
        }

        _window!.PushEmpty(count - oneByOne);
        // The same level and state, now at the run's end.
        Status = new AlertStatus(rule, start.AddSeconds(count), Status!.Value, Status.Average, Status.Active);
        return changes;
    }

    private AlertEvent? Evaluate(Tally tally, DateTimeOffset at, AlertRule rule)
    {
        _window ??= new SlidingTally(rule.WindowSeconds);
        _window.Resize(rule.WindowSeconds);
        _window.Push(tally);

        bool traffic = rule.Kind == AlertKind.Traffic;
        long value = traffic ? _window.Sum.Hits : _window.Sum.Errors;

        // The divisor is always the whole window, also before that many seconds have passed.
        double average = traffic ? (double)value / rule.WindowSeconds : 0;
        double level = traffic ? average : value;
        AlertEvent? change = null;
        if (!_active && level > rule.Threshold)
        {
            (_active, _since) = (true, at);
            change = new AlertEvent(rule.Kind, AlertState.Triggered, at, value, average, rule.Threshold, TimeSpan.Zero);
        }
        else if (_active && (rule.RecoverBelow is { } lower ? level < lower : level <= rule.Threshold))
        {
            _active = false;
            change = new AlertEvent(rule.Kind, AlertState.Recovered, at, value, average, rule.RecoverBelow ?? rule.Threshold, at - _since);
        }

        Status = new AlertStatus(rule, at, value, average, _active);
        return change;
    }
}
