using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>
/// AWS Application Load Balancer access logs: space-separated fields, <c>"…"</c> ones quoted.
/// Time = the 2nd (ISO 8601, UTC); client = the address of the 4th (<c>ip:port</c>); duration =
/// the sum of the 6th–8th (seconds) unless one is -1; status = the 9th (<c>-</c>: rejected); bytes
/// = the 12th; target = the request's (13th) absolute URL, whose host is the vhost.
/// </summary>
public sealed class AlbFormat : ILogFormat
{
    private const int Fields = 13;
    private readonly TimeCache _time = new(TimeKind.Iso);

    public string Name => LogFormats.Alb;

    [MethodImpl(HotPath.PerLine)]
    public LineKind Parse(ReadOnlySpan<byte> line, out ParsedLine parsed)
    {
        parsed = default;
        if (LineText.TrimIsBlank(ref line))
        {
            return LineKind.Blank;
        }

        ReadOnlySpan<byte> time = default, client = default, status = default, bytes = default, request = default;
        long duration = 0;
        var rest = line;
        for (int field = 1; field <= Fields; field++)
        {
            if (!NextField(ref rest, out var value))
            {
                return LineKind.Rejected;
            }

            switch (field)
            {
                case 2: time = value; break;
                case 4: client = value; break;
                case 6 or 7 or 8: duration = AddSeconds(duration, value); break;
                case 9: status = value; break;
                case 12: bytes = value; break;
                case 13: request = value; break;
            }
        }

        if (!_time.TryParse(time, out var instant) || !Numbers.TryStatus(status, out int code))
        {
            return LineKind.Rejected;
        }

        Target.Split(request, out var section, out var path);
        parsed = new ParsedLine(instant, ClientAddress(client), section, path, code, Numbers.TryBytes(bytes, out long b) ? b : 0,
            HostOf(request), duration);
        return LineKind.Accepted;
    }

    /// <summary>The next field, unquoted, and <paramref name="rest"/> moved past it and one space; false when a quote is not closed.</summary>
    [MethodImpl(HotPath.PerLine)]
    private static bool NextField(scoped ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (rest.IsEmpty)
        {
            return false;
        }

        int end;
        if (rest[0] == (byte)'"')
        {
            int close = LineText.ClosingQuote(rest[1..]);
            if (close < 0)
            {
                return false;
            }

            value = rest.Slice(1, close);
            end = close + 2;
        }
        else
        {
            end = rest.IndexOf((byte)' ');
            end = end < 0 ? rest.Length : end;
            value = rest[..end];
        }

        if (end < rest.Length && rest[end] != (byte)' ')
        {
            return false;
        }

        rest = end < rest.Length ? rest[(end + 1)..] : default;
        return true;
    }

    /// <summary>The running sum in µs, or <see cref="ParsedLine.NoDuration"/> for good once a part is -1 (or unreadable).</summary>
    private static long AddSeconds(long sum, ReadOnlySpan<byte> seconds) =>
        sum >= 0 && Numbers.TryScaled(seconds, 6, out long micros) && micros >= 0 ? sum + micros : ParsedLine.NoDuration;

    /// <summary>"ip:port" less its port; "[v6]:port" less its port and brackets; "-" is none.</summary>
    private static ReadOnlySpan<byte> ClientAddress(ReadOnlySpan<byte> field)
    {
        if (LineText.IsAbsent(field))
        {
            return default;
        }

        var address = VhostCombinedFormat.WithoutPort(field);
        return address.Length > 2 && address[0] == (byte)'[' && address[^1] == (byte)']' ? address[1..^1] : address;
    }

    /// <summary>The host of the request's absolute URL ("GET https://h:443/x HTTP/1.1" → h), or none.</summary>
    [MethodImpl(HotPath.PerLine)]
    private static ReadOnlySpan<byte> HostOf(ReadOnlySpan<byte> request)
    {
        int first = request.IndexOf((byte)' ');
        var target = first < 0 ? default : request[(first + 1)..];
        int scheme = target.IndexOf("://"u8);
        if (scheme <= 0 || target[..scheme].IndexOfAnyExceptInRange((byte)'a', (byte)'z') >= 0)
        {
            return default;
        }

        var authority = target[(scheme + 3)..];
        int end = authority.IndexOfAny("/?# "u8);
        authority = end < 0 ? authority : authority[..end];
        return VhostCombinedFormat.WithoutPort(authority);
    }
}
