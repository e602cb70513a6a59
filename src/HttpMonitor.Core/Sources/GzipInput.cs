namespace HttpMonitor.Core.Sources;

/// <summary>
/// The compressed bytes of a gzip file, read ahead in a buffer, for <see cref="GzipLogStream"/>: a gzip
/// member's header and trailer are read from it byte by byte, and its deflate data is handed to a
/// DeflateStream through <see cref="Read(Span{byte})"/>, which remembers the last slice it handed out.
/// </summary>
/// <remarks>
/// A DeflateStream asks for more only when it has used all it was given, and tells neither where
/// its data ended nor how far it read: when it ends, the end lies in the last slice, which is
/// still in the buffer, followed by the member's trailer (<see cref="SkipTrailer"/>).
/// </remarks>
internal sealed class GzipInput(Stream file) : Stream
{
    private const int BufferSize = 1 << 16;
    private const int TrailerSize = 8;

    /// <summary>The most handed to the DeflateStream at once: small beside the buffer, which keeps the last slice.</summary>
    private const int MaxSlice = 1 << 14;

    private readonly byte[] _buffer = new byte[BufferSize];
    private long _bufferStart; // the file offset of _buffer[0]
    private int _count; // the bytes in the buffer
    private int _next; // the next byte to give, an index into the buffer
    private int _sliceStart; // the last slice handed to the DeflateStream, from here to _next
    private bool _end;

    /// <summary>The file offset of the next byte to read.</summary>
    public long Offset => _bufferStart + _next;

    /// <summary>How much of the file was read: its length, once its end was found.</summary>
    public long FileRead => _bufferStart + _count;

    /// <summary>Whether a read found the end of the file since the member's data began: it was cut short.</summary>
    public bool ReadPastEnd { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Whether the file holds nothing more.</summary>
    public bool AtEnd()
    {
        _sliceStart = _next;
        return !Fill(1);
    }

    /// <summary>The next byte, or -1 at the end of the file.</summary>
    public override int ReadByte()
    {
        _sliceStart = _next;
        return Fill(1) ? _buffer[_next++] : -1;
    }

    /// <summary>Starts a member's deflate data: what the DeflateStream is given from here on.</summary>
    public void StartData()
    {
        ReadPastEnd = false;
        _sliceStart = _next;
    }

    /// <summary>Hands the DeflateStream its next slice: it has used the last one.</summary>
    public override int Read(Span<byte> buffer)
    {
        _sliceStart = _next;
        if (!Fill(1))
        {
            ReadPastEnd = true;
            return 0;
        }

        int given = Math.Min(Math.Min(buffer.Length, MaxSlice), _count - _next);
        _buffer.AsSpan(_next, given).CopyTo(buffer);
        _next += given;
        return given;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>
    /// After the DeflateStream has ended: finds <paramref name="trailer"/> (the CRC-32 and length
    /// of what the member gave) where its data can have ended, in the last slice, and reads past it.
    /// </summary>
    public GzipTrailer SkipTrailer(ReadOnlySpan<byte> trailer)
    {
        int lastEnd = _next;
        Fill(TrailerSize); // the trailer after the last possible end, if the file holds it
        bool cutShort = false;
        for (int end = _sliceStart + 1; end <= lastEnd; end++)
        {
            var here = _buffer.AsSpan(end, Math.Min(TrailerSize, _count - end));
            if (here.SequenceEqual(trailer))
            {
                _next = end + TrailerSize;
                return GzipTrailer.Found; // a false match before the true end has a chance of 1 in 2^64
            }

            // The right CRC-32, and the file ends in the length after it. A file cut before the
            // CRC's end cannot be told from a damaged one: the end of the data is not known.
            cutShort |= here.Length is >= 4 and < TrailerSize && here.SequenceEqual(trailer[..here.Length]);
        }

        return cutShort ? GzipTrailer.CutShort : GzipTrailer.Mismatch;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Makes <paramref name="bytes"/> bytes from <see cref="_next"/> available, keeping the last slice.</summary>
    /// <returns>Whether the file holds them.</returns>
    private bool Fill(int bytes)
    {
        while (_count - _next < bytes && !_end)
        {
            if (_count == _buffer.Length)
            {
                // The last slice and what follows it stay: at most MaxSlice + TrailerSize bytes.
                _buffer.AsSpan(_sliceStart, _count - _sliceStart).CopyTo(_buffer);
                (_bufferStart, _count, _next, _sliceStart) = (_bufferStart + _sliceStart, _count - _sliceStart, _next - _sliceStart, 0);
            }

            int read = file.Read(_buffer, _count, _buffer.Length - _count);
            _end = read == 0;
            _count += read;
        }

        return _count - _next >= bytes;
    }
}
