using System.Collections.Concurrent;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Whole lines of a log, each ending in '\n' (the input's last line may not), in a buffer of
/// <see cref="LineChunks"/>' own: <see cref="Return"/> it once read, from any thread.
/// </summary>
public sealed class LineChunk
{
    private readonly byte[] _buffer;
    private readonly int _length;
    private readonly ConcurrentQueue<byte[]> _free;

    internal LineChunk(byte[] buffer, int length, ConcurrentQueue<byte[]> free)
    {
        (_buffer, _length, _free) = (buffer, length, free);
    }

    public ReadOnlySpan<byte> Lines => _buffer.AsSpan(0, _length);

    public void Return() => _free.Enqueue(_buffer);

    /// <summary>Hands each line to <paramref name="sink"/> (one longer than <paramref name="maxLineBytes"/> as overlong), then returns the chunk.</summary>
    internal void ReadInto(ILineSink sink, int maxLineBytes)
    {
        var lines = new LineSplitter(sink, maxLineBytes);
        try
        {
            lines.Write(Lines);
            lines.Flush();
        }
        finally
        {
            Return();
        }
    }
}
