using HttpMonitor.Core.Sources;

namespace HttpMonitor.Ui;

/// <summary>Everything one repaint shows: the folded snapshot, the follower's state and the line counts, read together.</summary>
/// <param name="Future">Lines stamped ahead of the wall clock, counted as if stamped then.</param>
/// <param name="Format">The log format as shown ("json (detected)"); empty: not shown.</param>
/// <param name="MostlyRejected">Most lines were rejected: the format is probably not the log's.</param>
internal sealed record ScreenState(
    MonitorSnapshot Snapshot,
    FollowStatus Status,
    long Accepted,
    long Rejected,
    string? LatestRejected,
    long Future = 0,
    string Format = "",
    bool MostlyRejected = false);
