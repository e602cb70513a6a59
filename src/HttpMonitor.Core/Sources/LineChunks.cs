using System.Collections.Concurrent;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Cuts a stream into chunks of whole lines, so that each chunk can be split and parsed on its own
/// (parallel parsing) and give the lines a <see cref="LineSplitter"/> reading the stream would.
/// </summary>
/// <remarks>
/// A chunk is about <paramref name="chunkBytes"/> long and ends after its last newline; the bytes
/// after it start the next. Buffers come back when their chunk is read (<see cref="LineChunk.Return"/>)
/// and are used again: as many exist as chunks are read ahead, none is made per chunk. A line longer than <paramref name="maxLineBytes"/> that no chunk can
/// hold is cut to its first <c>maxLineBytes + 1</c> bytes and a newline, so the splitter reports
/// it overlong with the same head, and the rest of it up to its newline is skipped.
/// </remarks>
public sealed class LineChunks(Stream log, int chunkBytes = LogStreams.ChunkSize, int maxLineBytes = LineSplitter.DefaultMaxLineBytes)
{
    private readonly int _chunkBytes = Math.Max(chunkBytes, maxLineBytes + 2);
    private int _fillBytes = Math.Max(chunkBytes, maxLineBytes + 2);
    private readonly ConcurrentQueue<byte[]> _free = new();
    private byte[] _carry = new byte[4096];
    private int _carryLength;
    private bool _skipping; // inside an overlong line, up to its newline
    private bool _ended;

    /// <summary>
    /// How much of a buffer a chunk fills, from now on: smaller chunks where they are parsed in turn
    /// on the reading thread, so that their seconds, waiting for the folds, die young in the GC.
    /// </summary>
    public int FillBytes
    {
        get => _fillBytes;
        set => _fillBytes = Math.Clamp(value, maxLineBytes + 2, _chunkBytes);
    }

    /// <summary>The longest line; a longer one is overlong (<see cref="LineSplitter.MaxLineBytes"/>), for the splitters that read the chunks.</summary>
    public int MaxLineBytes => maxLineBytes;

    /// <summary>The next chunk, or null at the end of the stream (or when cancelled).</summary>
    public LineChunk? Next(CancellationToken cancel)
    {
        while (!_ended)
        {
            var buffer = _free.TryDequeue(out var free) ? free : new byte[_chunkBytes];
            _carry.AsSpan(0, _carryLength).CopyTo(buffer);
            int filled = Fill(buffer, _carryLength, cancel);
            _carryLength = 0;
            if (Cut(buffer, filled) is { } chunk)
            {
                return chunk;
            }

            _free.Enqueue(buffer);
        }

        return null;
    }

    /// <summary>Reads until the buffer is full or the stream ends; marks the end.</summary>
    private int Fill(byte[] buffer, int filled, CancellationToken cancel)
    {
        while (filled < _fillBytes)
        {
            int read = LogStreams.Read(log, buffer, filled, _fillBytes - filled, cancel);
            if (read == 0)
            {
                _ended = true;
                break;
            }

            filled += read;
        }

        return filled;
    }

    /// <summary>The chunk in <paramref name="buffer"/>'s first <paramref name="filled"/> bytes, keeping what follows its last line; null when it holds none.</summary>
    private LineChunk? Cut(byte[] buffer, int filled)
    {
        int start = 0;
        if (_skipping)
        {
            int newline = buffer.AsSpan(0, filled).IndexOf((byte)'\n');
            _skipping = newline < 0;
            start = newline + 1;
            if (_skipping)
            {
                return null;
            }
        }

        var lines = buffer.AsSpan(start, filled - start);
        int last = lines.LastIndexOf((byte)'\n');
        if (last < 0 && !_ended && lines.Length > maxLineBytes)
        {
            // One line fills the chunk: overlong. Its head and a newline stand for it.
            lines[..(maxLineBytes + 1)].CopyTo(buffer);
            buffer[maxLineBytes + 1] = (byte)'\n';
            _skipping = true;
            return new LineChunk(buffer, maxLineBytes + 2, _free);
        }

        int end = _ended ? lines.Length : last + 1;
        Keep(lines[end..]);
        if (end == 0)
        {
            return null;
        }

        lines[..end].CopyTo(buffer); // no-op unless skipped bytes came first
        return new LineChunk(buffer, end, _free);
    }

    private void Keep(ReadOnlySpan<byte> rest)
    {
        if (rest.Length > _carry.Length)
        {
            _carry = new byte[Math.Max(rest.Length, _carry.Length * 2)];
        }

        rest.CopyTo(_carry);
        _carryLength = rest.Length;
    }
}
