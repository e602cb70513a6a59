namespace HttpMonitor.Core.Sources;

/// <summary>
/// Cuts a TCP syslog stream into messages (RFC 6587), each frame told by its first byte: a digit
/// starts octet counting (<c>LEN SP MSG</c>, the message may hold newlines), anything else is a
/// message ended by a newline (non-transparent framing, nginx's and rsyslog's default). Blank
/// lines between frames are skipped. Memory is bounded: a frame longer than
/// <paramref name="maxFrameBytes"/> is reported once as bad and skipped.
/// </summary>
public sealed class SyslogFraming(IFrameSink sink, int maxFrameBytes = SyslogFraming.DefaultMaxFrameBytes)
{
    public const int DefaultMaxFrameBytes = 64 * 1024;
    private const int HeadBytes = 256;

    private readonly byte[] _pending = new byte[maxFrameBytes];
    private int _pendingLength;
    private State _state;
    private long _remaining; // octet counting: bytes of the frame still to come, or still to skip

    private enum State
    {
        Start,
        Length,
        Counted,
        SkipCounted,
        Line,
        SkipLine,
    }

    public void Write(ReadOnlySpan<byte> chunk)
    {
        while (!chunk.IsEmpty)
        {
            chunk = _state switch
            {
                State.Start => Start(chunk),
                State.Length => Length(chunk),
                State.Counted => Counted(chunk),
                State.SkipCounted => SkipCounted(chunk),
                State.Line => Line(chunk),
                _ => SkipLine(chunk),
            };
        }
    }

    /// <summary>The stream ended: a last message without its newline is still one; a counted frame cut short is bad.</summary>
    public void Flush()
    {
        if (_state == State.Line && _pendingLength > 0)
        {
            sink.OnFrame(_pending.AsSpan(0, _pendingLength));
        }
        else if (_state is State.Counted or State.Length)
        {
            sink.OnBadFrame(Head(_pending.AsSpan(0, _pendingLength)));
        }

        (_state, _pendingLength) = (State.Start, 0);
    }

    private ReadOnlySpan<byte> Start(ReadOnlySpan<byte> chunk)
    {
        byte first = chunk[0];
        if (first is (byte)'\n' or (byte)'\r' or 0)
        {
            return chunk[1..];
        }

        (_state, _remaining, _pendingLength) = (first is >= (byte)'1' and <= (byte)'9' ? State.Length : State.Line, 0, 0);
        return chunk;
    }

    private ReadOnlySpan<byte> Length(ReadOnlySpan<byte> chunk)
    {
        int i = 0;
        for (; i < chunk.Length && char.IsAsciiDigit((char)chunk[i]); i++)
        {
            _remaining = Math.Min((_remaining * 10) + (chunk[i] - '0'), int.MaxValue);
        }

        if (i == chunk.Length)
        {
            return default;
        }

        if (chunk[i] != ' ')
        {
            // Digits and then no space: not a count; the rest of the line is no message.
            sink.OnBadFrame(Head(chunk[..(i + 1)]));
            _state = State.SkipLine;
            return chunk[(i + 1)..];
        }

        if (_remaining > _pending.Length)
        {
            var body = chunk[(i + 1)..];
            sink.OnBadFrame(Head(body[..(int)Math.Min(body.Length, _remaining)]));
            _state = State.SkipCounted;
        }
        else
        {
            _state = State.Counted;
        }

        return chunk[(i + 1)..];
    }

    private ReadOnlySpan<byte> Counted(ReadOnlySpan<byte> chunk)
    {
        int take = (int)Math.Min(_remaining, chunk.Length);
        _remaining -= take;
        if (_remaining == 0 && _pendingLength == 0)
        {
            sink.OnFrame(chunk[..take]);
        }
        else
        {
            chunk[..take].CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += take;
            if (_remaining == 0)
            {
                sink.OnFrame(_pending.AsSpan(0, _pendingLength));
            }
        }

        _state = _remaining == 0 ? State.Start : State.Counted;
        return chunk[take..];
    }

    private ReadOnlySpan<byte> SkipCounted(ReadOnlySpan<byte> chunk)
    {
        int skip = (int)Math.Min(_remaining, chunk.Length);
        _remaining -= skip;
        _state = _remaining == 0 ? State.Start : State.SkipCounted;
        return chunk[skip..];
    }

    private ReadOnlySpan<byte> Line(ReadOnlySpan<byte> chunk)
    {
        int newline = chunk.IndexOf((byte)'\n');
        var part = newline < 0 ? chunk : chunk[..newline];
        if (_pendingLength + part.Length > _pending.Length)
        {
            sink.OnBadFrame(Head(_pendingLength > 0 ? _pending.AsSpan(0, _pendingLength) : part));
            _state = State.SkipLine;
            return chunk;
        }

        if (newline >= 0 && _pendingLength == 0)
        {
            sink.OnFrame(part);
        }
        else
        {
            part.CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += part.Length;
            if (newline >= 0)
            {
                sink.OnFrame(_pending.AsSpan(0, _pendingLength));
            }
        }

        if (newline < 0)
        {
            return default;
        }

        _state = State.Start;
        return chunk[(newline + 1)..];
    }

    private ReadOnlySpan<byte> SkipLine(ReadOnlySpan<byte> chunk)
    {
        int newline = chunk.IndexOf((byte)'\n');
        if (newline < 0)
        {
            return default;
        }

        _state = State.Start;
        return chunk[(newline + 1)..];
    }

    private static ReadOnlySpan<byte> Head(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, HeadBytes)];
}
