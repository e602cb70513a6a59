using System.Net;
using System.Net.Sockets;
using System.Text;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Monitor;

/// <summary>--syslog: real UDP and TCP clients on loopback; each sender's lines under its hostname (issue 20).</summary>
public sealed class SyslogInputTests
{
    private static string Bsd(string host, int second) => $"<190>Nov 23 10:00:00 {host} nginx: {Some.Line(second)}";

    private static string Rfc5424(string host, int second) => $"<190>1 2026-11-23T10:00:00Z {host} nginx - - - {Some.Line(second)}";

    private static LiveRun Listening(string url) => new([], LiveRun.Options with { Syslog = url });

    [Fact]
    public async Task Udp_BothRfcs_EachLineUnderItsHost_BadMessagesRejected()
    {
        await using var run = Listening("udp://127.0.0.1:0");
        using var client = new UdpClient();
        var to = run.Monitor.Syslog!.LocalEndPoint;
        foreach (string message in (string[])[Bsd("web1", 0), Rfc5424("web2", 1), Bsd("web1", 2), "not syslog at all", "<190>1 broken"])
        {
            byte[] bytes = Encoding.UTF8.GetBytes(message);
            await client.SendAsync(bytes, bytes.Length, to);
        }

        await Eventually.True(() => run.Counts.Lines == 5 || run.Running.IsCompleted, "five messages counted");
        Assert.Null(run.Running.Exception);

        Assert.Equal((3L, 2L), (run.Counts.Accepted, run.Counts.Rejected));
        Assert.Equal(new Dictionary<string, long> { ["web1"] = 2, ["web2"] = 1 }, LiveRun.SourceHits(await run.StopAsync()));
    }

    [Fact]
    public async Task Tcp_TwoClientsAtOnce_OctetCountingAndNewlines_EveryLineCounted()
    {
        await using var run = Listening("tcp://127.0.0.1:0");
        var to = run.Monitor.Syslog!.LocalEndPoint;
        using var counted = new TcpClient();
        using var lines = new TcpClient();
        await counted.ConnectAsync(to);
        await lines.ConnectAsync(to);

        var octets = new StringBuilder();
        for (int i = 0; i < 100; i++)
        {
            string message = Rfc5424("web1", i % 5);
            octets.Append(Encoding.UTF8.GetByteCount(message)).Append(' ').Append(message);
        }

        await Task.WhenAll(
            counted.GetStream().WriteAsync(Encoding.UTF8.GetBytes(octets.ToString())).AsTask(),
            lines.GetStream().WriteAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 50).Select(i => Bsd("web2", i % 5) + "\n")))).AsTask());
        await run.Accepted(150);

        Assert.Equal(new Dictionary<string, long> { ["web1"] = 100, ["web2"] = 50 }, LiveRun.SourceHits(await run.StopAsync()));
    }

    [Fact]
    public void PortInUse_IsOneLineSayingSo()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        string url = $"udp://{taken.LocalEndPoint}";

        var error = Assert.Throws<ListenException>(() => new LiveMonitor([], LiveRun.Options with { Syslog = url }, new WallClock(), TimeProvider.System));

        Assert.Equal($"cannot listen for syslog on {url}: the port is in use by another program (a syslog daemon?); choose another port (--syslog, or \"syslog\" in config.json)", error.Message);
    }

    [Fact]
    public void PrivilegedPort_TheErrorSaysPrivilegesAndWhatToDo()
    {
        // Tests run as root here, where binding port 514 succeeds: the refusal is made, not provoked.
        string why = SyslogListener.WhyNot(SyslogAddress.Parse("udp://127.0.0.1:514"), new SocketException((int)SocketError.AccessDenied));

        Assert.Equal("cannot listen for syslog on udp://127.0.0.1:514: ports below 1024 need privileges (root, or CAP_NET_BIND_SERVICE); choose a port from 1024 up, e.g. udp://127.0.0.1:5514, and send there", why);
    }
}
