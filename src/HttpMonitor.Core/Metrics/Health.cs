using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// <c>GET /healthz</c>: healthy while the monitor's clock advances. Following a log, the clock
/// trails the wall clock by the tolerance and less than a second more, also while the log is
/// silent; when it falls <see cref="StallMargin"/> further behind, lines are not being processed.
/// A log that is missing or cannot be read is unhealthy too. A replay is healthy: its clock is
/// the log's.
/// </summary>
public static class Health
{
    /// <summary>How far past the tolerance the clock may trail before following counts as stalled.</summary>
    public static readonly TimeSpan StallMargin = TimeSpan.FromSeconds(10);

    /// <param name="following">The follower's state; null in a replay.</param>
    /// <param name="tolerance">How far the live clock trails the wall clock by design.</param>
    public static (bool Healthy, string Reason) Of(MetricsSnapshot snapshot, DateTimeOffset now, FollowStatus? following, TimeSpan tolerance)
    {
        if (following is null)
        {
            return (true, snapshot.Finished ? $"replay finished: {snapshot.Lines.Lines} lines read; serving its final state" : "replaying");
        }

        if (snapshot.Finished)
        {
            return (false, "the monitor has stopped");
        }

        switch (following.State)
        {
            case FollowState.Waiting:
                return (false, $"waiting for {following.Path} to appear");
            case FollowState.Failing:
                return (false, $"cannot read {following.Path}: {following.Problem}");
        }

        if (snapshot.Clock is not { } clock)
        {
            return (true, $"following {following.Path}; no request line yet");
        }

        var behind = now - clock;
        return behind > tolerance + StallMargin
            ? (false, $"stalled: the monitor's clock is at {TimeFormat.Utc(clock)}, {(long)behind.TotalSeconds} s behind the wall clock (catching up with old lines, or not processing them)")
            : (true, $"following {following.Path}; clock at {TimeFormat.Utc(clock)}");
    }
}
