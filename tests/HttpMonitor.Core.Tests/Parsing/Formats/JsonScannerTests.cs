using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Parsing.Json;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>What the json reader's scanner reads itself, and what it leaves to the Utf8JsonReader path.</summary>
public sealed class JsonScannerTests
{
    private const string Nginx = """{"time_local":"23/Nov/2026:09:00:00 -0700","remote_addr":"21.219.70.133","remote_user":"","request":"GET /create HTTP/1.1","status":"200","body_bytes_sent":"22981","request_time":"1.374","http_referrer":"https://example.com/create/397","http_user_agent":"Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0","upstream_response_time":"","host":"shop.example.org"}""";

    [Fact]
    public void TryPick_NginxEscapeJsonLine_PicksEveryField()
    {
        var picks = default(JsonPicks);

        Assert.True(JsonScanner.TryPick(Some.Utf8(Nginx), ref picks));
        Assert.Equal(
            ("23/Nov/2026:09:00:00 -0700", "21.219.70.133", "GET /create HTTP/1.1", true, "200", "22981", "1.374", 6, "shop.example.org"),
            (Text(picks.Time), Text(picks.Client), Text(picks.Target), picks.TargetIsRequest, Text(picks.Status), Text(picks.Bytes),
                Text(picks.Duration), picks.DurationScale, Text(picks.Vhost)));
    }

    [Fact]
    public void TryPick_RequestObject_PicksItsKeys()
    {
        var picks = default(JsonPicks);

        Assert.True(JsonScanner.TryPick(Some.Utf8("""{"ts":1646861401.5,"request":{"client_ip":"127.0.0.1","host":"localhost","uri":"/docs/a"},"size":10,"status":200}"""), ref picks));
        Assert.Equal(("127.0.0.1", "/docs/a", false, "localhost", "200"), (Text(picks.Client), Text(picks.Target), picks.TargetIsRequest, Text(picks.Vhost), Text(picks.Status)));
    }

    [Fact]
    public void TryPick_EscapesInAValueNoFieldTakes_ReadsTheLine()
    {
        // nginx escape=json writes a user agent's quotes as \" (17% of the lines of bench/'s json log).
        var picks = default(JsonPicks);

        Assert.True(JsonScanner.TryPick(Some.Utf8("""{"time":"2026-11-30T06:42:45Z","http_user_agent":"a \"quoted\" \u00e9\/\\ bot","status":200,"path":"/a"}"""), ref picks));
        Assert.Equal("/a", Text(picks.Target));
    }

    [Fact]
    public void TryPick_CaddyLine_SkipsItsHeadersAndTls()
    {
        // Caddy 2's documented access log entry (caddyserver.com/docs/caddyfile/directives/log).
        var picks = default(JsonPicks);

        Assert.True(JsonScanner.TryPick(Some.Utf8("""{"level":"info","ts":1646861401.5241024,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"127.0.0.1","remote_port":"41342","client_ip":"127.0.0.1","proto":"HTTP/2.0","method":"GET","host":"localhost","uri":"/docs/a?x=1","headers":{"User-Agent":["curl/7.82.0"],"Accept":["*/*"],"Accept-Encoding":["gzip, deflate, br"]},"tls":{"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2","server_name":"example.com"}},"bytes_read":0,"user_id":"","duration":0.000929675,"size":10900,"status":200,"resp_headers":{"Server":["Caddy"],"Content-Encoding":["gzip"],"Content-Type":["text/html; charset=utf-8"],"Vary":["Accept-Encoding"]}}"""), ref picks));
        Assert.Equal(("/docs/a?x=1", "10900", "0.000929675"), (Text(picks.Target), Text(picks.Bytes), Text(picks.Duration)));
    }

    [Theory]
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a\/b"}""")]           // an escape in a value a field takes
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"agent":"\x22","path":"/a"}""")] // an escape JSON has not
    [InlineData("{\"time\":\"2026-11-30T06:42:45Z\",\"status\":200,\"path\":\"/a\tb\"}")]     // a control byte in a string
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a","tags":[1,]}""")]   // an array with a trailing comma
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a","tls":{"v":01}}""")] // a number off JSON's grammar, nested
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a","tls":{"v":"\q"}}""")] // an escape JSON has not, nested
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a","tls":{"v" 1}}""")]  // no colon, nested
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":0200,"path":"/a"}""")]              // a number off JSON's grammar
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a",}""")]              // a trailing comma
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a"} x""")]             // something after the object
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a" """)]               // not closed
    public void TryPick_LineItDoesNotFullyUnderstand_IsLeftToTheReader(string line)
    {
        var picks = default(JsonPicks);

        Assert.False(JsonScanner.TryPick(Some.Utf8(line), ref picks));
    }

    [Fact]
    public void TryPick_InvalidUtf8_IsReadAsTheReaderReadsIt()
    {
        // Utf8JsonReader does not check UTF-8 (only in decoding an escaped string, which the scanner
        // leaves to it), so neither does the scanner. Should the reader start to, this fails: then the scanner must too.
        byte[] line = [.. "{\"time\":\"2026-11-30T06:42:45Z\",\"status\":200,\"path\":\"/a"u8, 0xC3, .. "\"}"u8];
        var picks = default(JsonPicks);

        Assert.Equal(LineKind.Accepted, new JsonFormat().ParseWithReader(line, out var parsed));
        Assert.Equal([.. "/a"u8, 0xC3], parsed.Path.ToArray());
        Assert.True(JsonScanner.TryPick(line, ref picks));
    }

    private static string Text(ReadOnlySpan<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
