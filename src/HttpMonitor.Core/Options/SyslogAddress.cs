using System.Diagnostics.CodeAnalysis;
using System.Net;
using HttpMonitor.Core.Metrics;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Where the syslog listener listens (<c>--syslog</c>, <c>syslog</c>): <c>udp://HOST:PORT</c> or
/// <c>tcp://HOST:PORT</c>, HOST as <c>--listen</c> takes it (empty: 127.0.0.1).
/// </summary>
public sealed record SyslogAddress(bool Tcp, IPEndPoint EndPoint)
{
    private const string Expected = "must be udp://HOST:PORT or tcp://HOST:PORT, e.g. udp://127.0.0.1:5514";

    public override string ToString() => $"{(Tcp ? "tcp" : "udp")}://{EndPoint}";

    /// <summary>What is wrong with <paramref name="text"/>, or null.</summary>
    public static string? Problem(string text) => TryParse(text, out _, out string? problem) ? null : problem;

    /// <exception cref="FormatException">Not a syslog address: the message says what is expected.</exception>
    public static SyslogAddress Parse(string text) =>
        TryParse(text, out var address, out string? problem) ? address : throw new FormatException(problem);

    public static bool TryParse(string text, [NotNullWhen(true)] out SyslogAddress? address, [NotNullWhen(false)] out string? problem)
    {
        address = null;
        bool tcp = text.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase);
        if (!tcp && !text.StartsWith("udp://", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"{Expected}, not \"{text}\"";
            return false;
        }

        if (!ListenAddress.TryParse(text["udp://".Length..], out var endPoint, out string? where))
        {
            problem = $"{Expected}, not \"{text}\"; HOST:PORT {where}";
            return false;
        }

        address = new SyslogAddress(tcp, endPoint);
        problem = null;
        return true;
    }
}
