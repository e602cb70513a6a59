using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Sample alerts and windows on a fixed day, by second of the monitor's clock.</summary>
public static class SomeAlerts
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int second) => T0.AddSeconds(second);

    /// <summary>The second that closes at <paramref name="second"/>: the pipeline's tick.</summary>
    public static ClosedSecond Tick(int second) => ClosedSecond.Empty(At(second - 1));

    public static AlertEvent TrafficTriggered(int second, long hits = 1232) =>
        new(AlertKind.Traffic, AlertState.Triggered, At(second), hits, hits / 120.0, 10, TimeSpan.Zero);

    public static AlertEvent TrafficRecovered(int second, int triggeredAt, long hits = 1170) =>
        new(AlertKind.Traffic, AlertState.Recovered, At(second), hits, hits / 120.0, 10, At(second) - At(triggeredAt));

    public static AlertEvent ErrorsTriggered(int second, long errors = 11) =>
        new(AlertKind.Errors, AlertState.Triggered, At(second), errors, 0, 10, TimeSpan.Zero);

    public static AlertEvent ErrorsRecovered(int second, int triggeredAt, long errors = 3) =>
        new(AlertKind.Errors, AlertState.Recovered, At(second), errors, 0, 10, At(second) - At(triggeredAt));

    public static WindowStats Window(int endSecond) => new(
        At(endSecond - 10), At(endSecond), false, new Tally(31, 6, 5, 78225),
        [
            new SectionStats("/static", new Tally(9, 1, 1, 25203), "/static/x.css", 4859),
            new SectionStats("/api", new Tally(7, 2, 3, 1200), "/api/users", 800),
        ],
        []);

    /// <summary>Every second from <paramref name="from"/> to <paramref name="to"/>, with <paramref name="events"/> placed after the tick at their time.</summary>
    public static IEnumerable<MonitorEvent> Timeline(int from, int to, params MonitorEvent[] events)
    {
        for (int s = from; s <= to; s++)
        {
            yield return Tick(s);
            foreach (var e in events.Where(e => e.Time == At(s)))
            {
                yield return e;
            }
        }
    }
}
