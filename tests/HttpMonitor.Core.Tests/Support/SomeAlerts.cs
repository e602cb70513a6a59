using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Sample alerts and windows on a fixed day, by second of the monitor's clock.</summary>
public static class SomeAlerts
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int second) => T0.AddSeconds(second);

    /// <summary>The second that closes at <paramref name="second"/>: the pipeline's tick.</summary>
    public static ClosedSecond Tick(int second) => ClosedSecond.Empty(At(second - 1));

    /// <summary>The default rules, with the default options.</summary>
    public static readonly AlertRule TrafficRule = AlertRuleSet.Traffic(new MonitorOptions());

    public static readonly AlertRule ErrorsRule = AlertRuleSet.Errors(new MonitorOptions());

    public static AlertEvent TrafficTriggered(int second, long hits = 1232) =>
        new(TrafficRule, AlertState.Triggered, At(second), hits / 120.0, hits, 10, TimeSpan.Zero);

    public static AlertEvent TrafficRecovered(int second, int triggeredAt, long hits = 1170) =>
        new(TrafficRule, AlertState.Recovered, At(second), hits / 120.0, hits, 10, At(second) - At(triggeredAt));

    public static AlertEvent ErrorsTriggered(int second, long errors = 11) =>
        new(ErrorsRule, AlertState.Triggered, At(second), errors, errors, 10, TimeSpan.Zero);

    public static AlertEvent ErrorsRecovered(int second, int triggeredAt, long errors = 3) =>
        new(ErrorsRule, AlertState.Recovered, At(second), errors, errors, 10, At(second) - At(triggeredAt));

    /// <summary>What a default rule's message counts: hits for traffic, errors for errors.</summary>
    public static long Count(AlertEvent a) => a.Rule.Seed == SeedAlert.Traffic ? a.Hits : (long)(a.Value ?? 0);

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
