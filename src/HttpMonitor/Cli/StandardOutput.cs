using System.Runtime.InteropServices;
using System.Text;

namespace HttpMonitor.Cli;

/// <summary>
/// Standard output that says when it cannot be written. .NET's console stream drops writes to a
/// closed pipe without a word, so <c>httpmonitor replay big.log | head</c> would read the whole log
/// for nobody; and a FileStream on file descriptor 1 writes a regular file at an offset of its own
/// (pwrite), over what standard error wrote to the same file (<c>&gt; file 2&gt;&amp;1</c>, nohup, cron,
/// systemd's <c>StandardOutput=file:</c>). This calls write(2) on descriptor 1 itself, so the kernel
/// writes at the offset it shares with standard error (the end, in append mode). The first failed
/// write throws <see cref="OutputClosedException"/>; later writes are dropped, so closing never fails again.
/// </summary>
internal sealed class StandardOutput : Stream
{
    private const int Descriptor = 1;

    private bool _closed;

    /// <summary>Text on standard output, written line by line as it comes (help, notify-test's results).</summary>
    public static TextWriter Text() => new StreamWriter(new StandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };

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
        while (!_closed && !buffer.IsEmpty)
        {
            nint written = Libc.Write(Descriptor, buffer, (nuint)buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..]; // a short write: the rest next time round
                continue;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno == Libc.WouldBlock)
            {
                Libc.WaitUntilWritable(Descriptor);
            }
            else if (errno != Libc.Interrupted)
            {
                _closed = true;
                throw new OutputClosedException(errno == Libc.BrokenPipe, Marshal.GetPInvokeErrorMessage(errno));
            }
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
