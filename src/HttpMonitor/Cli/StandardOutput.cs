using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Cli;

/// <summary>
/// Standard output that says when its reader went away. .NET's console stream drops writes to a
/// closed pipe without a word, so <c>httpmonitor replay big.log | head</c> would read the whole
/// log for nobody. This writes to file descriptor 1 itself: the first failed write throws
/// <see cref="OutputClosedException"/>, and later writes are dropped, so closing never fails again.
/// </summary>
internal sealed class StandardOutput : Stream
{
    private const int BrokenPipe = 32; // EPIPE

    private readonly FileStream _fd1 = new(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    private bool _closed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_closed)
        {
            return;
        }

        try
        {
            _fd1.Write(buffer);
        }
        catch (IOException e)
        {
            _closed = true;
            throw new OutputClosedException(e.HResult == BrokenPipe, e);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fd1.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>Standard output cannot be written: its reader closed the pipe (<see cref="ReaderGone"/>), or the disk is full.</summary>
internal sealed class OutputClosedException(bool readerGone, IOException inner) : IOException(inner.Message, inner)
{
    public bool ReaderGone { get; } = readerGone;
}
