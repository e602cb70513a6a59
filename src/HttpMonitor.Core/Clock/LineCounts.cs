namespace HttpMonitor.Core.Clock;

/// <summary>
/// How many lines were read, accepted and rejected, and the latest rejected line.
/// Written by the reading thread, read from any other (the window, the summary).
/// </summary>
/// <remarks>Invariant: <see cref="Lines"/> = <see cref="Accepted"/> + <see cref="Rejected"/>; blank lines are not counted.</remarks>
public sealed class LineCounts
{
    private long _accepted;
    private long _rejected;
    private long _future;
    private volatile string? _latestRejected;

    // One thread writes, so a volatile store of the incremented value is enough (no Interlocked
    // on every line); readers on other threads see a whole, recent value (64-bit stores are atomic).
    public long Accepted => Volatile.Read(ref _accepted);

    public long Rejected => Volatile.Read(ref _rejected);

    public long Lines => Accepted + Rejected;

    /// <summary>Accepted lines stamped ahead of the wall clock (live only), counted as if stamped then.</summary>
    public long Future => Volatile.Read(ref _future);

    /// <summary>The latest rejected line as text (invalid UTF-8 shown as U+FFFD), or null.</summary>
    public string? LatestRejected => _latestRejected;

    internal void CountAccepted() => Volatile.Write(ref _accepted, _accepted + 1);

    internal void CountFuture() => Volatile.Write(ref _future, _future + 1);

    internal void CountRejected(string line)
    {
        _latestRejected = line;
        Volatile.Write(ref _rejected, _rejected + 1);
    }
}
