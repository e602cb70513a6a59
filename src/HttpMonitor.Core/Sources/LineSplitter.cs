using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Splits chunks of bytes into lines at '\n'. A line cut by the end of a chunk is held
/// until the rest arrives; a line longer than <see cref="MaxLineBytes"/> is reported once as
/// overlong and skipped to its newline, so memory never grows with a line that has no end.
/// </summary>
public sealed class LineSplitter(ILineSink sink, int maxLineBytes = LineSplitter.DefaultMaxLineBytes) : IChunkSink
{
    public const int DefaultMaxLineBytes = 64 * 1024;
    private const int HeadBytes = 1024; // kept of an overlong line, for display

    private byte[] _pending = new byte[4096];
    private int _pendingLength;
    private bool _skippingOverlong;

    public int MaxLineBytes { get; } = maxLineBytes;

    private int HeadLength => Math.Min(HeadBytes, MaxLineBytes);

    /// <summary>Bytes of an unfinished line held back.</summary>
    public int PendingBytes => _pendingLength;

    [MethodImpl(HotPath.PerLine)]
    public void Write(ReadOnlySpan<byte> chunk)
    {
        while (!chunk.IsEmpty)
        {
            int newline = chunk.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Hold(chunk);
                return;
            }

            var tail = chunk[..newline];
            chunk = chunk[(newline + 1)..];
            if (_skippingOverlong)
            {
                _skippingOverlong = false;
                continue;
            }

            if (_pendingLength == 0)
            {
                Emit(tail);
            }
            else if (_pendingLength + tail.Length > MaxLineBytes)
            {
                sink.OnOverlongLine(_pending.AsSpan(0, Math.Min(_pendingLength, HeadLength)));
                _pendingLength = 0;
            }
            else
            {
                Hold(tail);
                var line = _pending.AsSpan(0, _pendingLength);
                _pendingLength = 0;
                sink.OnLine(line);
            }
        }
    }

    /// <summary>End of input: a last line without a newline is still a line.</summary>
    public void Flush()
    {
        if (_pendingLength > 0 && !_skippingOverlong)
        {
            sink.OnLine(_pending.AsSpan(0, _pendingLength));
        }

        _pendingLength = 0;
        _skippingOverlong = false;
    }

    /// <summary>Forgets a held partial line (the file it came from was truncated or replaced).</summary>
    public void Reset()
    {
        _pendingLength = 0;
        _skippingOverlong = false;
    }

    [MethodImpl(HotPath.PerLine)]
    private void Emit(ReadOnlySpan<byte> line)
    {
        if (line.Length > MaxLineBytes)
        {
            sink.OnOverlongLine(line[..Math.Min(HeadLength, line.Length)]);
        }
        else
        {
            sink.OnLine(line);
        }
    }

    private void Hold(ReadOnlySpan<byte> part)
    {
        if (_skippingOverlong)
        {
            return;
        }

        if (_pendingLength + part.Length > MaxLineBytes)
        {
            // Report now and drop the rest up to the newline.
            int head = Math.Min(HeadLength, _pendingLength + part.Length);
            EnsureCapacity(Math.Max(head, _pendingLength));
            if (_pendingLength < head)
            {
                part[..(head - _pendingLength)].CopyTo(_pending.AsSpan(_pendingLength));
            }

            sink.OnOverlongLine(_pending.AsSpan(0, head));
            _pendingLength = 0;
            _skippingOverlong = true;
            return;
        }

        EnsureCapacity(_pendingLength + part.Length);
        part.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += part.Length;
    }

    private void EnsureCapacity(int size)
    {
        if (size > _pending.Length)
        {
            Array.Resize(ref _pending, Math.Max(size, _pending.Length * 2));
        }
    }
}
