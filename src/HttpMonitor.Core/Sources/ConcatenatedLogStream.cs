namespace HttpMonitor.Core.Sources;

/// <summary>
/// Several logs read one after the other, in the order given, as one stream (replay of several
/// files): a log whose last line has no newline gets one, so that line ends at its log's end and
/// never joins the next log's first. Disposes the logs.
/// </summary>
public sealed class ConcatenatedLogStream(IReadOnlyList<Stream> logs) : Stream
{
    private int _current;
    private bool _endsWithNewline = true;

    public IReadOnlyList<Stream> Logs => logs;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_current < logs.Count && !buffer.IsEmpty)
        {
            int read = logs[_current].Read(buffer);
            if (read > 0)
            {
                _endsWithNewline = buffer[read - 1] == '\n';
                return read;
            }

            _current++;
            if (!_endsWithNewline)
            {
                _endsWithNewline = true;
                buffer[0] = (byte)'\n';
                return 1;
            }
        }

        return 0;
    }

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
            foreach (var log in logs)
            {
                log.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
