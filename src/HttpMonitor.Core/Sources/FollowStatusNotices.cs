namespace HttpMonitor.Core.Sources;

/// <summary>
/// The follower's status changes worth telling a person. A log that is missing for less than
/// <paramref name="grace"/> after it was being read is a rotation: neither the gap nor the reading
/// that resumes is told. A status is told once, not again while it lasts.
/// </summary>
/// <remarks>Thread-safe: the follower reports from its own thread, the grace timer fires on another.</remarks>
public sealed class FollowStatusNotices(Action<FollowStatus> tell, TimeProvider time, TimeSpan grace) : IDisposable
{
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromSeconds(2);

    private readonly object _gate = new();
    private FollowStatus? _told;
    private ITimer? _pending;

    public void OnStatus(FollowStatus status)
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
            if (status.State == FollowState.Waiting && _told?.State == FollowState.Following)
            {
                _pending = time.CreateTimer(_ => TellIfStill(status), null, grace, Timeout.InfiniteTimeSpan);
                return;
            }

            Tell(status);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _pending?.Dispose();
        }
    }

    private void TellIfStill(FollowStatus status)
    {
        lock (_gate)
        {
            if (_pending is not null)
            {
                _pending.Dispose();
                _pending = null;
                Tell(status);
            }
        }
    }

    private void Tell(FollowStatus status)
    {
        if (status != _told)
        {
            _told = status;
            tell(status);
        }
    }
}
