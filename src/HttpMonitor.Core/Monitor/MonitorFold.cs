using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// The whole monitor as one fold over closed seconds: each second goes through the statistics
/// windows, the traffic profile and the alert rules, and comes out as the events it caused, in a
/// fixed order.
/// </summary>
/// <remarks>
/// At the end of a second the order is: the second; the window it closes, then the profile so
/// far; the triggers and recoveries of the alert rules, in the rules' order; the status of each
/// rule. At end of input: the partial window, then the final profile. A run of empty seconds
/// comes out as if each had been evaluated, except that two or more windows it closes whole are
/// reported as one <see cref="Gap"/>; its work is bounded by the windows, not the run's length.
/// </remarks>
internal sealed class MonitorFold(GeoDatabase? geo)
{
    private readonly WindowFold _windows = new();
    private readonly ProfileFold _profile = new(geo);
    private readonly Dictionary<string, AlertFold> _alerts = new(StringComparer.Ordinal); // by rule name
    private MonitorOptions? _rulesOf;
    private IReadOnlyList<AlertRule> _rules = [];
    private DateTimeOffset _end;

    public IReadOnlyList<MonitorEvent> Next(ClosedSecond second, MonitorOptions options)
    {
        var events = new List<MonitorEvent>(6) { second };
        if (second.Count == 1)
        {
            Evaluate(second, options, events, withStatus: true);
        }
        else
        {
            Quiet(second.Start, second.Count, options, events);
        }

        _end = second.Time;
        return events;
    }

    /// <summary>End of input: the unfinished window, if any, and the final profile.</summary>
    public IReadOnlyList<MonitorEvent> End()
    {
        var events = new List<MonitorEvent>(2);
        if (_windows.End() is { } partial)
        {
            _profile.Add(partial);
            events.Add(partial);
        }

        events.Add(_profile.Snapshot(_end, final: true));
        return events;
    }

    private void Evaluate(ClosedSecond second, MonitorOptions options, List<MonitorEvent> events, bool withStatus)
    {
        _profile.Add(second);
        if (_windows.Add(second, options.StatisticsInterval) is { } window)
        {
            _profile.Add(window);
            events.Add(window);
            events.Add(_profile.Snapshot(window.End, final: false));
        }

        var rules = Rules(options);
        foreach (var rule in rules)
        {
            AddIfAny(events, Fold(rule).Next(second, rule));
        }

        if (withStatus)
        {
            AddStatuses(rules, events);
        }
    }

    /// <summary>
    /// <paramref name="count"/> empty seconds: the open window is finished second by second; then,
    /// if they close two or more whole windows, those are one gap and the alerts over them are
    /// evaluated in bounded work; the rest again second by second.
    /// </summary>
    private void Quiet(DateTimeOffset start, long count, MonitorOptions options, List<MonitorEvent> events)
    {
        long done = 0;
        for (; done < count && _windows.IsOpen; done++)
        {
            Evaluate(ClosedSecond.Empty(start.AddSeconds(done)), options, events, withStatus: false);
        }

        long windows = (count - done) / options.StatisticsInterval;
        if (windows >= 2)
        {
            var gapStart = start.AddSeconds(done);
            long length = windows * options.StatisticsInterval;
            AddGap(new Gap(gapStart, gapStart.AddSeconds(length), windows), options, events);
            done += length;
        }

        for (; done < count; done++)
        {
            Evaluate(ClosedSecond.Empty(start.AddSeconds(done)), options, events, withStatus: false);
        }

        AddStatuses(Rules(options), events);
    }

    /// <summary>The gap, after the alerts' changes before its end and before those at its end (as a window would be).</summary>
    private void AddGap(Gap gap, MonitorOptions options, List<MonitorEvent> events)
    {
        long length = (long)(gap.End - gap.Start).TotalSeconds;
        var changes = Rules(options)
            .SelectMany(rule => Fold(rule).NextQuiet(gap.Start, length, rule))
            .OrderBy(c => c.At) // stable: at one instant, in the rules' order
            .ToList();
        events.AddRange(changes.Where(c => c.At < gap.End));
        events.Add(gap);
        events.AddRange(changes.Where(c => c.At == gap.End));
    }

    /// <summary>The rules of <paramref name="options"/>, compiled once for each new set of settings.</summary>
    private IReadOnlyList<AlertRule> Rules(MonitorOptions options)
    {
        if (!ReferenceEquals(options, _rulesOf))
        {
            (_rulesOf, _rules) = (options, AlertRuleSet.Of(options));
        }

        return _rules;
    }

    /// <summary>The rule's fold, found by its name: a rule whose threshold changes keeps its counts; a new rule starts afresh.</summary>
    private AlertFold Fold(AlertRule rule) =>
        _alerts.TryGetValue(rule.Name, out var fold) ? fold : _alerts[rule.Name] = new AlertFold();

    private void AddStatuses(IReadOnlyList<AlertRule> rules, List<MonitorEvent> events)
    {
        foreach (var rule in rules)
        {
            events.Add(Fold(rule).Status!);
        }
    }

    private static void AddIfAny(List<MonitorEvent> events, MonitorEvent? e)
    {
        if (e is not null)
        {
            events.Add(e);
        }
    }
}
