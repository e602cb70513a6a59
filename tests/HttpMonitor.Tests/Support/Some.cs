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

    public static MonitorOptions Options => new() { AverageTrafficThreshold = 10, TrafficAlertInterval = 120, MaxErrorsThreshold = 10, ErrorsAlertInterval = 10 };

    public static SecondTotals Second(int second, long hits, long errors5xx = 0) =>
        new(T0.AddSeconds(second), hits, 0, errors5xx, hits * 100, []);

    public static SectionStats Section(string name, long hits, string heaviest = "/x", long heaviestBytes = 100) =>
        new(name, hits, 0, 0, hits * 100, heaviest, heaviestBytes);

    public static WindowStats Window(int startSecond, params SectionStats[] sections) =>
        new(T0.AddSeconds(startSecond), T0.AddSeconds(startSecond + 10), false, sections.Sum(s => s.Hits),
            sections.Sum(s => s.Errors4xx), sections.Sum(s => s.Errors5xx), sections.Sum(s => s.Bytes), [.. sections]);

    public static AlertEvent TrafficTriggered(int second, long hits) =>
        new(AlertKind.Traffic, AlertState.Triggered, T0.AddSeconds(second), hits, hits / 120.0, 10, TimeSpan.Zero);

    public static AlertEvent TrafficRecovered(int second, long hits, int lastedSeconds) =>
        new(AlertKind.Traffic, AlertState.Recovered, T0.AddSeconds(second), hits, hits / 120.0, 10, TimeSpan.FromSeconds(lastedSeconds));

    public static MonitorSnapshot Snapshot(params MonitorEvent[] events) =>
        events.Aggregate(MonitorSnapshot.Start(Options), (s, e) => s.Fold(e));

    public static ScreenState State(MonitorSnapshot snapshot, FollowState follow = FollowState.Following, long accepted = 0, long rejected = 0, string? latestRejected = null) =>
        new(snapshot, new FollowStatus("/var/log/access.log", follow), accepted, rejected, latestRejected);
}
