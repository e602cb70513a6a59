using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>auto: the first non-blank line chooses the format (SEMANTICS "Log formats").</summary>
public sealed class FormatDetectionTests
{
    [Theory]
    [InlineData("""{"time_local":"30/Nov/2026:06:42:45 +0000","status":"200"}""", "json")]
    [InlineData("""  {"ts":1}""", "json")]
    [InlineData("#Software: Microsoft Internet Information Services 10.0", "w3c")]
    [InlineData("http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80", "alb")]
    [InlineData("wss 2018-07-02T22:23:00.186641Z app/x", "alb")]
    [InlineData("www.example.com:443 198.51.100.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1", "vhost_combined")]
    [InlineData("198.51.100.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1", "combined")]
    [InlineData("::1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1", "combined")]                      // IPv6 ends in ":1", but three fields
    [InlineData("h - John Smith [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1", "combined")]                // four fields, no port
    [InlineData("http 10/Oct/2000:13:55:36 rest", "combined")]                                                     // an ALB type without an ISO time
    [InlineData("garbage", "combined")]
    public void FirstLine_ChoosesTheFormat(string line, string format)
    {
        Assert.Equal(format, LogFormats.Detect(Some.Utf8(line)).Name);
    }

    [Theory]
    [InlineData("Combined", "combined")]
    [InlineData(" common ", "common")]
    [InlineData("JSON", "json")]
    [InlineData("nginx:$remote_addr [$time_local] \"$request\" $status", "nginx")]
    [InlineData("Apache:%h %t \"%r\" %>s", "apache")]
    public void Name_IsReadWhateverItsCase(string format, string name)
    {
        Assert.Equal(name, ParserExtensions.Format(format).Name);
    }

    [Fact]
    public void Auto_HasNoReaderOfItsOwn()
    {
        Assert.Null(LogFormats.Compile("auto"));
    }

    [Theory]
    [InlineData("jsn", "unknown log format \"jsn\": use auto, combined, common, vhost_combined, json, w3c, alb, nginx:'FORMAT' or apache:'FORMAT' (docs/formats.md)")]
    [InlineData("$remote_addr $status", "it looks like an nginx log_format: write nginx: before it")]
    [InlineData("%h %>s", "it looks like an Apache LogFormat: write apache: before it")]
    public void UnknownName_SaysWhatIsAccepted(string format, string expected)
    {
        Assert.Contains(expected, LogFormats.Problem(format), StringComparison.Ordinal);
    }
}
