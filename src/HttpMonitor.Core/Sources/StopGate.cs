namespace HttpMonitor.Core.Sources;

/// <summary>
/// Closes a follower's output when it stops. Its reading may go on behind the stop (an open or read
/// blocked on a pipe without a writer is left behind, not waited for): from <see cref="Close"/> on,
/// its sinks and callbacks do nothing, and <see cref="Close"/> waits for one already running, so
/// nothing is heard from the follower after it returned.
/// </summary>
internal sealed class StopGate
{
    private readonly object _lock = new();
    private bool _closed;

    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
        }
    }

    /// <summary>Runs <paramref name="action"/> unless closed.</summary>
    public void Run(Action action)
    {
        lock (_lock)
        {
            if (!_closed)
            {
                action();
            }
        }
    }

    /// <summary><paramref name="sink"/>, silent once closed.</summary>
    public IChunkSink Guard(IChunkSink sink) => new GuardedSink(sink, this);

    private sealed class GuardedSink(IChunkSink inner, StopGate gate) : IChunkSink
    {
        public void Write(ReadOnlySpan<byte> chunk)
        {
            lock (gate._lock)
            {
                if (!gate._closed)
                {
                    inner.Write(chunk);
                }
            }
        }

        public void Flush() => gate.Run(inner.Flush);

        public void Reset() => gate.Run(inner.Reset);
    }
}
