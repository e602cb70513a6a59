namespace HttpMonitor.Core.Sources;

/// <summary>
/// Reads a syslog message's sending host and its body, the log line: RFC 5424
/// (<c>&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD [MSG]</c>) and RFC 3164, as nginx's
/// <c>access_log syslog:</c> sends it (<c>&lt;PRI&gt;Mmm dd hh:mm:ss HOST TAG: MSG</c>). The
/// header's timestamp is not used: the line carries its own. Never throws on bad input.
/// </summary>
public static class SyslogMessage
{
    private const int MaxPriority = 191; // facility 23, severity 7

    /// <summary>Whether <paramref name="message"/> is syslog; then its host and body (a trailing newline cut).</summary>
    public static bool TryParse(ReadOnlySpan<byte> message, out ReadOnlySpan<byte> host, out ReadOnlySpan<byte> body)
    {
        host = body = default;
        var rest = message;
        if (!TrySkipPriority(ref rest))
        {
            return false;
        }

        return rest.StartsWith("1 "u8) ? TryParse5424(rest[2..], out host, out body) : TryParse3164(rest, out host, out body);
    }

    private static bool TryParse5424(ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> host, out ReadOnlySpan<byte> body)
    {
        host = body = default;
        // TIMESTAMP HOSTNAME APP-NAME PROCID MSGID, each a word ("-" when absent), then STRUCTURED-DATA.
        if (!TryWord(ref rest, out _) || !TryWord(ref rest, out var hostname)
            || !TryWord(ref rest, out _) || !TryWord(ref rest, out _) || !TryWord(ref rest, out _)
            || !TrySkipStructuredData(ref rest))
        {
            return false;
        }

        if (!rest.IsEmpty && !TryTake(ref rest, (byte)' '))
        {
            return false;
        }

        host = hostname;
        body = TrimNewline(rest.StartsWith("\uFEFF"u8) ? rest[3..] : rest);
        return true;
    }

    private static bool TryParse3164(ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> host, out ReadOnlySpan<byte> body)
    {
        host = body = default;
        if (rest.Length < 16 || !IsBsdTimestamp(rest[..15]) || rest[15] != ' ')
        {
            return false;
        }

        rest = rest[16..];
        if (!TryWord(ref rest, out var hostname))
        {
            return false;
        }

        // The TAG is the first word when it ends in ':' ("nginx:", "app[42]:"); the line follows it.
        int space = rest.IndexOf((byte)' ');
        var first = space < 0 ? rest : rest[..space];
        if (!first.IsEmpty && first[^1] == ':')
        {
            rest = space < 0 ? default : rest[(space + 1)..];
        }

        host = hostname;
        body = TrimNewline(rest);
        return true;
    }

    /// <summary>&lt;0&gt; to &lt;191&gt;, one to three digits.</summary>
    private static bool TrySkipPriority(scoped ref ReadOnlySpan<byte> rest)
    {
        int close = rest.Length > 2 && rest[0] == '<' ? rest[..Math.Min(rest.Length, 5)].IndexOf((byte)'>') : -1;
        if (close < 2)
        {
            return false;
        }

        int priority = 0;
        foreach (byte b in rest[1..close])
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }

            priority = (priority * 10) + (b - '0');
        }

        rest = rest[(close + 1)..];
        return priority <= MaxPriority;
    }

    /// <summary>"Mmm dd hh:mm:ss", the day padded with a space.</summary>
    private static bool IsBsdTimestamp(ReadOnlySpan<byte> t) =>
        char.IsAsciiLetter((char)t[0]) && char.IsAsciiLetter((char)t[1]) && char.IsAsciiLetter((char)t[2]) && t[3] == ' '
        && (t[4] == ' ' || char.IsAsciiDigit((char)t[4])) && char.IsAsciiDigit((char)t[5]) && t[6] == ' '
        && Digits(t[7..9]) && t[9] == ':' && Digits(t[10..12]) && t[12] == ':' && Digits(t[13..15]);

    private static bool Digits(ReadOnlySpan<byte> s) => s.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;

    /// <summary>A non-empty word and the space after it.</summary>
    private static bool TryWord(scoped ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> word)
    {
        int space = rest.IndexOf((byte)' ');
        word = space > 0 ? rest[..space] : default;
        if (space <= 0)
        {
            return false;
        }

        rest = rest[(space + 1)..];
        return true;
    }

    /// <summary>"-", or one or more [ID name="value" …] elements; in a value, \" and \] do not end it.</summary>
    private static bool TrySkipStructuredData(scoped ref ReadOnlySpan<byte> rest)
    {
        if (TryTake(ref rest, (byte)'-'))
        {
            return true;
        }

        if (rest.IsEmpty || rest[0] != '[')
        {
            return false;
        }

        while (!rest.IsEmpty && rest[0] == '[')
        {
            int end = ElementEnd(rest);
            if (end < 0)
            {
                return false;
            }

            rest = rest[(end + 1)..];
        }

        return true;
    }

    /// <summary>The index of the ']' that closes the element <paramref name="s"/> starts, or -1.</summary>
    private static int ElementEnd(ReadOnlySpan<byte> s)
    {
        bool quoted = false;
        for (int i = 1; i < s.Length; i++)
        {
            switch (s[i])
            {
                case (byte)'\\' when quoted:
                    i++;
                    break;
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)']' when !quoted:
                    return i;
            }
        }

        return -1;
    }

    private static bool TryTake(scoped ref ReadOnlySpan<byte> rest, byte b)
    {
        if (rest.IsEmpty || rest[0] != b)
        {
            return false;
        }

        rest = rest[1..];
        return true;
    }

    private static ReadOnlySpan<byte> TrimNewline(ReadOnlySpan<byte> s)
    {
        if (s.EndsWith((byte)'\n'))
        {
            s = s[..^1];
        }

        return s.EndsWith((byte)'\r') ? s[..^1] : s;
    }
}
