namespace HttpMonitor.Core.Sources;

/// <summary>Passes every call to <paramref name="inner"/> while holding <paramref name="gate"/>, one chunk at a time.</summary>
public sealed class GatedChunkSink(IChunkSink inner, object gate) : IChunkSink
{
    public void Write(ReadOnlySpan<byte> chunk)
    {
        lock (gate)
        {
            inner.Write(chunk);
        }
    }

    public void Flush()
    {
        lock (gate)
        {
            inner.Flush();
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            inner.Reset();
        }
    }
}
