using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// Where the metrics endpoint listens (<c>--listen</c>, <c>listen</c>): <c>ADDRESS:PORT</c> with an
/// IPv4 address, <c>[IPv6]:PORT</c>, <c>localhost:PORT</c>, or <c>:PORT</c> alone, which means
/// 127.0.0.1: the endpoint is open to this machine only unless an address says otherwise
/// (<c>0.0.0.0:9464</c> for every interface). Port 0 takes any free port, said at start.
/// </summary>
public static class ListenAddress
{
    private const string Expected = "must be ADDRESS:PORT, :PORT (on 127.0.0.1) or [IPv6]:PORT, e.g. :9464 or 0.0.0.0:9464";

    /// <exception cref="FormatException">Not an address and port: the message says what is expected.</exception>
    public static IPEndPoint Parse(string text) =>
        TryParse(text, out var endPoint, out string? problem) ? endPoint : throw new FormatException(problem);

    /// <summary>What is wrong with <paramref name="text"/>, or null when it is an address and port.</summary>
    public static string? Problem(string text) => TryParse(text, out _, out string? problem) ? null : problem;

    public static bool TryParse(string text, [NotNullWhen(true)] out IPEndPoint? endPoint, [NotNullWhen(false)] out string? problem)
    {
        endPoint = null;
        int colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            problem = $"{Expected}, not \"{text}\"";
            return false;
        }

        string host = text[..colon];
        string port = text[(colon + 1)..];
        if (Address(host) is not { } address)
        {
            problem = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[')
                ? $"{Expected}, not \"{text}\": write an IPv6 address in brackets, [::1]:9464"
                : $"{Expected}, not \"{text}\": \"{host}\" is not an IP address";
            return false;
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number > IPEndPoint.MaxPort)
        {
            problem = $"{Expected}, not \"{text}\": the port is a number from 0 to {IPEndPoint.MaxPort}";
            return false;
        }

        endPoint = new IPEndPoint(address, number);
        problem = null;
        return true;
    }

    /// <summary>The address: none (127.0.0.1), localhost (127.0.0.1), an IPv4 address or a bracketed IPv6 one; null otherwise.</summary>
    private static IPAddress? Address(string host)
    {
        if (host.Length == 0 || host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            return IPAddress.TryParse(host[1..^1], out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? v6 : null;
        }

        // Only the dotted form: IPAddress.TryParse also takes "1" or "1.2" as IPv4 addresses.
        return host.Count(c => c == '.') == 3 && IPAddress.TryParse(host, out var v4) && v4.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? v4 : null;
    }
}
