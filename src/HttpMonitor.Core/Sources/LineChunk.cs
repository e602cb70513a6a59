using System.Buffers;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Whole lines of a log, each ending in '\n' (the input's last line may not), in a pooled buffer:
/// <see cref="Return"/> it once read.
/// </summary>
public sealed class LineChunk(byte[] buffer, int length)
{
    public ReadOnlySpan<byte> Lines => buffer.AsSpan(0, length);

    public void Return() => ArrayPool<byte>.Shared.Return(buffer);
}
