using HttpMonitor.Core.Sources;

namespace HttpMonitor.Ui;

/// <summary>Everything one repaint shows: the folded snapshot, the follower's state and the line counts, read together.</summary>
internal sealed record ScreenState(
    MonitorSnapshot Snapshot,
    FollowStatus Status,
    long Accepted,
    long Rejected,
    string? LatestRejected);
