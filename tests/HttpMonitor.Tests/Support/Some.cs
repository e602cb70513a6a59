using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Support;

/// <summary>Sample data for the window's tests.</summary>
internal static class Some
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Times in UTC, today being <see cref="T0"/>'s day: shown without a date.</summary>
    public static TimeDisplay Display => new(TimeZoneInfo.Utc, new FixedClock(T0));

    public static MonitorOptions Options => new() { AverageTrafficThreshold = 10, TrafficAlertInterval = 120, MaxErrorsThreshold = 10, ErrorsAlertInterval = 10 };

    public static ClosedSecond Second(int second, long hits, long errors5xx = 0) =>
        new(T0.AddSeconds(second), new Tally(hits, 0, errors5xx, hits * 100), [], ClientCounts.Empty, []);

    public static SectionStats Section(string name, long hits, string heaviest = "/x", long heaviestBytes = 100) =>
        new(name, new Tally(hits, 0, 0, hits * 100), heaviest, heaviestBytes);

    public static WindowStats Window(int startSecond, params SectionStats[] sections) =>
        new(T0.AddSeconds(startSecond), T0.AddSeconds(startSecond + 10), false, sections.Aggregate(default(Tally), (t, s) => t + s.Tally), [.. sections], []);

    /// <summary>Where the traffic alert stands at the end of <paramref name="second"/>: <paramref name="hits"/> in its window of the default options.</summary>
    public static AlertStatus TrafficStatus(int second, long hits, bool active = false) =>
        new(AlertRuleSet.Traffic(Options), T0.AddSeconds(second), (double)hits / Options.TrafficAlertInterval, hits, active, 0);

    public static AlertStatus ErrorsStatus(int second, long errors, bool active = false) =>
        new(AlertRuleSet.Errors(Options), T0.AddSeconds(second), errors, errors, active, 0);

    public static AlertEvent TrafficTriggered(int second, long hits) =>
        new(AlertRuleSet.Traffic(Options), AlertState.Triggered, T0.AddSeconds(second), hits / 120.0, hits, 10, TimeSpan.Zero);

    public static AlertEvent TrafficRecovered(int second, long hits, int lastedSeconds) =>
        new(AlertRuleSet.Traffic(Options), AlertState.Recovered, T0.AddSeconds(second), hits / 120.0, hits, 10, TimeSpan.FromSeconds(lastedSeconds));

    public static MonitorSnapshot Snapshot(params MonitorEvent[] events) =>
        events.Aggregate(MonitorSnapshot.Start(Options), (s, e) => s.Fold(e));

    public static ScreenState State(MonitorSnapshot snapshot, FollowState follow = FollowState.Following, long accepted = 0, long rejected = 0, string? latestRejected = null) =>
        new(snapshot, new FollowStatus("/var/log/access.log", follow), accepted, rejected, latestRejected);
}
