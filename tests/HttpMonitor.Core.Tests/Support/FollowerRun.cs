using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// A <see cref="FileFollower"/> running in the background with short intervals, its lines collected.
/// Dispose stops it and rethrows whatever it threw.
/// </summary>
public sealed class FollowerRun : IAsyncDisposable
{
    public static readonly TimeSpan TestPollInterval = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan TestRotationGrace = TimeSpan.FromMilliseconds(300);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private volatile FollowStatus? _latestStatus;
    private volatile bool _caughtUp;

    public FollowerRun(string path, bool fromStart = false, bool notifications = true, TimeSpan? pollInterval = null, ILineSink? sink = null)
    {
        Sink = sink ?? new CollectingSink();
        Follower = new FileFollower(path, fromStart, TimeProvider.System)
        {
            PollInterval = pollInterval ?? TestPollInterval,
            RotationGrace = TestRotationGrace,
            UseNotifications = notifications,
        };
        Follower.StatusChanged += s => _latestStatus = s;
        _running = Task.Run(() => Follower.RunAsync(() => new LineSplitter(Sink), () => _caughtUp = true, _stop.Token));
    }

    public FileFollower Follower { get; }

    public ILineSink Sink { get; }

    public CollectingSink Lines => (CollectingSink)Sink;

    public FollowStatus? LatestStatus => _latestStatus;

    /// <summary>Started, and what the file held when it started was read (or skipped).</summary>
    public Task Started() => Eventually.True(() => _caughtUp, "the follower to start");

    public Task Seen(int lines) => Eventually.True(() => Lines.Count >= lines, $"{lines} lines (seen {Lines.Count})");

    /// <summary>Every rotated-out file closed: nothing more can arrive from them.</summary>
    public Task Drained() => Eventually.True(() => Follower.Draining == 0, "rotated-out files to be closed");

    public Task InState(FollowState state) => Eventually.True(() => LatestStatus?.State == state, $"state {state} (is {LatestStatus?.State})");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }
}
