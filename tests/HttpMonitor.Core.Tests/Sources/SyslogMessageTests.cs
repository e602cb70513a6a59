using System.Text;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Tests.Sources;

/// <summary>The host and the log line of syslog messages, RFC 3164 (nginx's) and RFC 5424.</summary>
public sealed class SyslogMessageTests
{
    private const string Line = "127.0.0.1 - - [30/Nov/2026:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5";

    [Theory]
    [InlineData("<190>Nov 30 10:00:00 web1 nginx: " + Line, "web1", Line)]
    [InlineData("<190>Nov  3 10:00:00 web1 nginx[42]: " + Line + "\n", "web1", Line)]
    [InlineData("<13>Nov 30 10:00:00 web1 " + Line, "web1", Line)]
    [InlineData("<165>1 2026-11-30T10:00:00.003Z web2 nginx 42 ID47 - " + Line, "web2", Line)]
    [InlineData("<165>1 2026-11-30T10:00:00Z web2 nginx - - [x@1 a=\"q\\]\" b=\"2\"][y@1] \uFEFF" + Line, "web2", Line)]
    [InlineData("<165>1 2026-11-30T10:00:00Z - - - - -", "-", "")]
    public void SyslogMessage_Valid_GivesHostAndLine(string message, string host, string body)
    {
        Assert.True(SyslogMessage.TryParse(Encoding.UTF8.GetBytes(message), out var h, out var b));
        Assert.Equal((host, body), (Encoding.UTF8.GetString(h), Encoding.UTF8.GetString(b)));
    }

    [Theory]
    [InlineData(Line)]
    [InlineData("<190>" + Line)]
    [InlineData("<192>Nov 30 10:00:00 web1 nginx: x")]
    [InlineData("<1a>Nov 30 10:00:00 web1 nginx: x")]
    [InlineData("<190>Nov 30 10:00 web1 nginx: x")]
    [InlineData("<165>1 2026-11-30T10:00:00Z web2 nginx 42 ID47 [unclosed a=\"1\" x")]
    [InlineData("<165>1 2026-11-30T10:00:00Z web2 nginx")]
    [InlineData("")]
    public void SyslogMessage_NotSyslog_IsRefused(string message) =>
        Assert.False(SyslogMessage.TryParse(Encoding.UTF8.GetBytes(message), out _, out _));
}
