using HttpMonitor.Core.Sources;

namespace HttpMonitor.Ui;

/// <summary>Everything one repaint shows: the folded snapshot, the follower's state and the line counts, read together.</summary>
/// <param name="Future">Lines stamped ahead of the wall clock, counted as if stamped then.</param>
internal sealed record ScreenState(
    MonitorSnapshot Snapshot,
    FollowStatus Status,
    long Accepted,
    long Rejected,
    string? LatestRejected,
    long Future = 0);
