using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>
/// Apache's <c>vhost_combined</c>, <c>%v:%p %h %l %u %t "%r" %&gt;s %O "%{Referer}i" "%{User-Agent}i"</c>
/// (Debian's other_vhosts_access.log): <c>vhost:port</c>, then a combined line whose authuser has
/// no space. The vhost is the first field without its <c>:port</c>.
/// </summary>
public sealed class VhostCombinedFormat : ILogFormat
{
    private readonly LogLineParser _combined = new();

    public string Name => LogFormats.VhostCombined;

    [MethodImpl(HotPath.PerLine)]
    public LineKind Parse(ReadOnlySpan<byte> line, out ParsedLine parsed)
    {
        parsed = default;
        if (LineText.TrimIsBlank(ref line))
        {
            return LineKind.Blank;
        }

        int vhostEnd = ShortSearch.IndexOf(line, (byte)' ');
        if (vhostEnd <= 0)
        {
            return LineKind.Rejected;
        }

        var rest = line[(vhostEnd + 1)..];
        if (!IsThreeFieldsThenTime(rest) || !_combined.TryParse(rest, out var c))
        {
            return LineKind.Rejected;
        }

        parsed = new ParsedLine(c.Timestamp, c.Host, c.Section, c.Path, c.Status, c.Bytes, WithoutPort(line[..vhostEnd]));
        return LineKind.Accepted;
    }

    /// <summary>"host ident authuser [": the third space opens the time, so authuser has no space.</summary>
    internal static bool IsThreeFieldsThenTime(ReadOnlySpan<byte> s)
    {
        int at = -1;
        for (int spaces = 0; spaces < 3; spaces++)
        {
            int next = s[(at + 1)..].IndexOf((byte)' ');
            if (next < 0)
            {
                return false;
            }

            at += next + 1;
        }

        return at + 1 < s.Length && s[at + 1] == (byte)'[';
    }

    /// <summary>"host:port" less ":port" (digits); anything else as it is.</summary>
    [MethodImpl(HotPath.PerLine)]
    internal static ReadOnlySpan<byte> WithoutPort(ReadOnlySpan<byte> hostPort)
    {
        int colon = hostPort.LastIndexOf((byte)':');
        return colon > 0 && colon < hostPort.Length - 1 && hostPort[(colon + 1)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0
            ? hostPort[..colon]
            : hostPort;
    }
}
