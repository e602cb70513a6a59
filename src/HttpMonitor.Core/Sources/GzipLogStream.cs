using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// The log in a gzip file, member after member as gzip reads them (`cat a.gz b.gz` is one file),
/// each checked against its trailer: the CRC-32 and the length of what it gave.
/// </summary>
/// <remarks>
/// .NET's GZipStream ends a truncated file as if it were whole, without a word. Here a file that is
/// not whole ends where it breaks, and <see cref="Problem"/> says where and how: the lines before
/// it are read, and the reader decides what to make of them.
/// </remarks>
public sealed class GzipLogStream : Stream
{
    private readonly Stream _file;
    private readonly GzipInput _input;
    private readonly Crc32 _crc = new();
    private DeflateStream? _member; // null between members
    private long _memberLength;
    private bool _ended;

    /// <param name="file">The compressed bytes; disposed with this.</param>
    public GzipLogStream(Stream file)
    {
        _file = file;
        _input = new GzipInput(file);
    }

    /// <summary>Why the log ended before the file's end: null while (and once) it was read whole.</summary>
    public string? Problem { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        while (!_ended && !buffer.IsEmpty)
        {
            if (_member is null && !StartMember())
            {
                break;
            }

            int read = ReadMember(buffer);
            if (read > 0)
            {
                return read;
            }

            EndMember();
        }

        return 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _member?.Dispose();
            _input.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <returns>Whether a member's data is next; false at the end of the file, or of what can be read.</returns>
    private bool StartMember()
    {
        bool first = _input.Offset == 0;
        if (!first && _input.AtEnd())
        {
            _ended = true; // the end of the file, after a whole member
            return false;
        }

        switch (GzipHeader.Skip(_input))
        {
            case GzipHeaderRead.Read:
                _input.StartData();
                _member = new DeflateStream(_input, CompressionMode.Decompress, leaveOpen: true);
                _crc.Reset();
                _memberLength = 0;
                return true;
            case GzipHeaderRead.NotGzip when first:
                return Fail("this is not gzip data (a .gz file starts with the bytes 1f 8b): is it a plain log named .gz?");
            case GzipHeaderRead.CutShort:
                return Fail(Truncated());
            default:
                return Fail(Damaged()); // what follows a member is not another one
        }
    }

    private int ReadMember(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _member!.Read(buffer);
        }
        catch (InvalidDataException)
        {
            Fail(Damaged());
            return 0;
        }

        _crc.Append(buffer[..read]);
        _memberLength += read;
        return read;
    }

    private void EndMember()
    {
        _member!.Dispose();
        _member = null;
        if (_ended)
        {
            return; // a fault in the data, said already
        }

        if (_input.ReadPastEnd)
        {
            Fail(Truncated());
            return;
        }

        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, _crc.GetCurrentHashAsUInt32());
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], unchecked((uint)_memberLength)); // the length modulo 2^32
        switch (_input.SkipTrailer(trailer))
        {
            case GzipTrailer.Mismatch:
                Fail(Damaged()); // somewhere in the member, whose lines were given: nothing says where
                break;
            case GzipTrailer.CutShort:
                Fail(Truncated());
                break;
        }
    }

    private bool Fail(string problem)
    {
        Problem = problem;
        _ended = true;
        return false;
    }

    /// <summary>Where the damage was found: it can lie anywhere in the member before.</summary>
    private string Damaged() =>
        string.Create(CultureInfo.InvariantCulture, $"the gzip data is damaged after {_input.Offset:N0} bytes");

    private string Truncated() =>
        string.Create(CultureInfo.InvariantCulture, $"the gzip data ends before its end, at {_input.FileRead:N0} bytes: the file is truncated");
}
