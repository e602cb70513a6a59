using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>nginx log_format strings, on lines nginx 1.22.1 (Debian 12) wrote itself (tests/e2e/nginx-formats.sh drives the same server).</summary>
public sealed class NginxFormatTests
{
    // nginx.conf's main format with $request_time and $upstream_response_time, as pasted from the config.
    private const string MainConfig = """
        log_format main '$remote_addr - $remote_user [$time_local] "$request" '
                        '$status $body_bytes_sent "$http_referer" '
                        '"$http_user_agent" "$http_x_forwarded_for" $request_time "$upstream_response_time"';
        """;

    private static readonly ILogFormat Main = ParserExtensions.Format("nginx:" + MainConfig);

    [Fact]
    public void PastedLogFormatLine_DefaultEscaping_ReadsEveryField()
    {
        var e = Main.Accepted("""127.0.0.1 - - [30/Nov/2026:06:42:45 +0000] "GET /search?q=\x22hello\x22 HTTP/1.1" 200 6 "-" "curl/7.88.1 \x22quoted\x22 \x5Cback" "-" 0.012 "-" """.TrimEnd());

        Assert.Equal(new LogEntry(new DateTimeOffset(2026, 11, 30, 6, 42, 45, TimeSpan.Zero), "127.0.0.1", "/search", "/search", 200, 6, "", 12_000), e);
    }

    [Fact]
    public void EmptyUpstreamResponseTime_IsMatchedAndIgnored()
    {
        var e = Main.Accepted("""127.0.0.1 - - [30/Nov/2026:06:42:45 +0000] "GARBAGE" 400 157 "-" "-" "-" 0.002 "-" """.TrimEnd());

        Assert.Equal(("-", 400, 2_000L), (e.Section, e.Status, e.DurationMicros)); // "GARBAGE": a hit without a usable target
    }

    [Theory]
    [InlineData("nginx:'$remote_addr [$time_local] \"$request\" $status';")]
    [InlineData("nginx:escape=default '$remote_addr [$time_local] '\n    '\"$request\" $status'")]
    [InlineData("nginx:$remote_addr [$time_local] \"$request\" $status")]
    [InlineData("nginx:  log_format  short  '$remote_addr [$time_local] \"${request}\" ${status}' ;  ")]
    public void FormatText_AsConfigBodyOrBare_GivesTheSameFormat(string format)
    {
        var e = ParserExtensions.Format(format).Accepted("10.0.0.1 [30/Nov/2026:06:42:45 +0100] \"GET /a/b HTTP/1.1\" 503");

        Assert.Equal(("10.0.0.1", "/a", 503, 0L, -1L), (e.Host, e.Section, e.Status, e.Bytes, e.DurationMicros));
        Assert.Equal(TimeSpan.FromHours(1), e.Timestamp.Offset);
    }

    [Fact]
    public void Vhost_IsHostElseServerName()
    {
        var format = ParserExtensions.Format("nginx:$server_name $host $remote_addr [$time_local] \"$request\" $status $bytes_sent");

        var e = format.Accepted("srv www.example.com 10.0.0.1 [30/Nov/2026:06:42:45 +0000] \"GET / HTTP/1.1\" 200 512");

        Assert.Equal(("www.example.com", 512L), (e.Vhost, e.Bytes));
    }

    [Theory]
    [InlineData("$time_iso8601", "2026-11-30T06:42:45+00:00")]
    [InlineData("$msec", "1796020965.123")]
    public void OtherTimes_AreRead(string variable, string value)
    {
        var format = ParserExtensions.Format($"nginx:{variable} $request_uri $status");

        var e = format.Accepted($"{value} /x/y?z=1 200");

        Assert.Equal((new DateTimeOffset(2026, 11, 30, 6, 42, 45, TimeSpan.Zero), "/x", "/x/y"), (e.Timestamp, e.Section, e.Path));
    }

    [Theory]
    [InlineData("$uri$is_args$args")]
    [InlineData("$uri$is_args$query_string")]
    public void TargetAndItsQuery_WithoutALiteralBetween_AreOneTarget(string target)
    {
        var format = ParserExtensions.Format($"nginx:[$time_local] {target} $status");

        var e = format.Accepted("[30/Nov/2026:06:42:45 +0000] /shop/cart?item=5 200");

        Assert.Equal(("/shop", "/shop/cart"), (e.Section, e.Path));
    }

    [Fact]
    public void EscapeJson_QuoteInsideAValue_DoesNotEndIt()
    {
        var format = ParserExtensions.Format("""nginx:escape=json '{"t":"$time_local","r":"$request","s":$status,"ua":"$http_user_agent"}'""");

        var e = format.Accepted("""{"t":"30/Nov/2026:06:42:45 +0000","r":"GET /q?\"x\" HTTP/1.1","s":200,"ua":"a \"b\" \\"}""");

        Assert.Equal(("/q", 200), (e.Section, e.Status));
    }

    [Theory]
    [InlineData("10.0.0.1 [30/Nov/2026:06:42:45 +0000] \"GET / HTTP/1.1\" 200 extra")] // text after the last literal
    [InlineData("10.0.0.1 [30/Nov/2026:06:42:45 +0000] GET / HTTP/1.1 200")]        // a literal missing
    [InlineData("10.0.0.1 [30/Nov/2026:06:42:45 +0000] \"GET / HTTP/1.1\" 2000")]     // not a status
    [InlineData("10.0.0.1 [30/Nov/2026:06:42:45] \"GET / HTTP/1.1\" 200")]            // not a time
    public void LineNotOfTheFormat_IsRejected(string line)
    {
        var format = ParserExtensions.Format("nginx:$remote_addr [$time_local] \"$request\" $status");

        Assert.Equal(LineKind.Rejected, format.KindOf(line));
    }

    [Theory]
    [InlineData("nginx:'$remote_addr [$time_local] \"$request\" $status", "position 7: this ' is never closed")]
    [InlineData("nginx:$remote_addr$remote_user [$time_local] \"$request\" $status", "position 19: $remote_addr and $remote_user have nothing between them")]
    [InlineData("nginx:$ [$time_local] \"$request\" $status", "position 7: '$' is not followed by a variable name")]
    [InlineData("nginx:${status [$time_local] \"$request\"", "position 7: ${status is not closed by '}'")]
    [InlineData("nginx:escape=html '$status'", "position 7: escape=html is not an nginx escape mode")]
    [InlineData("nginx:$remote_addr \"$request\" $status", "it has no time: a line is read only with $time_local, $time_iso8601 or $msec")]
    [InlineData("nginx:[$time_local] \"$request\"", "it has no status")]
    [InlineData("nginx:[$time_local] $status", "it has no target: a line is read only with $request, $request_uri or $uri")]
    [InlineData("nginx:'[$time_local] $status $request'; x", "position 41: nothing may follow the ';'")]
    public void BadFormat_IsRefusedWithWhereAndWhy(string format, string expected)
    {
        var problem = Assert.Throws<LogFormatException>(() => LogFormats.Compile(format));

        Assert.StartsWith("nginx format", problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
