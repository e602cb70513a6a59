using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// The whole monitor as one fold over closed seconds: each second goes through the statistics
/// windows, the traffic profile and the two alerts, and comes out as the events it caused, in a
/// fixed order.
/// </summary>
/// <remarks>
/// At the end of a second the order is: the second; the window it closes, then the profile so
/// far; the traffic alert's trigger or recovery, then the errors alert's; the status of each
/// alert. At end of input: the partial window, then the final profile. A run of empty seconds
/// comes out as if each had been evaluated, except that two or more windows it closes whole are
/// reported as one <see cref="Gap"/>; its work is bounded by the windows, not the run's length.
/// </remarks>
internal sealed class MonitorFold(GeoDatabase? geo)
{
    private readonly WindowFold _windows = new();
    private readonly ProfileFold _profile = new(geo);
    private readonly AlertFold _traffic = new();
    private readonly AlertFold _errors = new();
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
        AddIfAny(events, _windows.End());
        events.Add(_profile.Snapshot(_end, final: true));
        return events;
    }

    private void Evaluate(ClosedSecond second, MonitorOptions options, List<MonitorEvent> events, bool withStatus)
    {
        _profile.Add(second);
        if (_windows.Add(second, options.StatisticsInterval) is { } window)
        {
            events.Add(window);
            events.Add(_profile.Snapshot(window.End, final: false));
        }

        AddIfAny(events, _traffic.Next(second, AlertRules.Traffic(options)));
        AddIfAny(events, _errors.Next(second, AlertRules.Errors(options)));
        if (withStatus)
        {
            events.Add(_traffic.Status!);
            events.Add(_errors.Status!);
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

        events.Add(_traffic.Status!);
        events.Add(_errors.Status!);
    }

    /// <summary>The gap, after the alerts' changes before its end and before those at its end (as a window would be).</summary>
    private void AddGap(Gap gap, MonitorOptions options, List<MonitorEvent> events)
    {
        long length = (long)(gap.End - gap.Start).TotalSeconds;
        var traffic = _traffic.NextQuiet(gap.Start, length, AlertRules.Traffic(options));
        var errors = _errors.NextQuiet(gap.Start, length, AlertRules.Errors(options));
        var changes = traffic.Concat(errors).OrderBy(c => c.At).ToList(); // stable: traffic first at one instant
        events.AddRange(changes.Where(c => c.At < gap.End));
        events.Add(gap);
        events.AddRange(changes.Where(c => c.At == gap.End));
    }

    private static void AddIfAny(List<MonitorEvent> events, MonitorEvent? e)
    {
        if (e is not null)
        {
            events.Add(e);
        }
    }
}
