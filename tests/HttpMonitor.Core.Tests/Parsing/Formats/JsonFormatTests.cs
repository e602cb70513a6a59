using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>JSON lines: nginx 1.22.1's own escape=json output, Caddy's and Traefik's documented access logs, and the kinds of values that count.</summary>
public sealed class JsonFormatTests
{
    private static readonly ILogFormat Json = ParserExtensions.Format("json");
    private static readonly DateTimeOffset At = new(2026, 11, 30, 6, 42, 45, TimeSpan.Zero);

    [Fact]
    public void NginxEscapeJson_DecodesTheStringsAndReadsEveryField()
    {
        var e = Json.Accepted("""{"time_local":"30/Nov/2026:06:42:45 +0000","remote_addr":"127.0.0.1","remote_user":"","request":"GET /search\/x?q=\"hello\" HTTP/1.1","status":"200","body_bytes_sent":"6","request_time":"0.120","http_referrer":"","http_user_agent":"curl/7.88.1 \"quoted\" \\back","upstream_response_time":"","host":"www.example.com"}""");

        Assert.Equal(new LogEntry(At, "127.0.0.1", "/search", "/search/x", 200, 6, "www.example.com", 120_000), e);
    }

    [Fact]
    public void NginxEscapeJson_EmptyHost_IsNoVhost()
    {
        var e = Json.Accepted("""{"time_local":"30/Nov/2026:06:42:45 +0000","remote_addr":"127.0.0.1","remote_user":"","request":"GARBAGE","status":"400","body_bytes_sent":"157","request_time":"0.002","http_referrer":"","http_user_agent":"","upstream_response_time":"","host":""}""");

        Assert.Equal(("", "-", 400), (e.Vhost, e.Section, e.Status));
    }

    [Fact]
    public void Caddy_RequestObject_GivesClientTargetAndVhost()
    {
        // Caddy 2's documented access log entry (caddyserver.com/docs/caddyfile/directives/log).
        var e = Json.Accepted("""{"level":"info","ts":1646861401.5241024,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"127.0.0.1","remote_port":"41342","client_ip":"127.0.0.1","proto":"HTTP/2.0","method":"GET","host":"localhost","uri":"/docs/a?x=1","headers":{"User-Agent":["curl/7.82.0"],"Accept":["*/*"],"Accept-Encoding":["gzip, deflate, br"]},"tls":{"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2","server_name":"example.com"}},"bytes_read":0,"user_id":"","duration":0.000929675,"size":10900,"status":200,"resp_headers":{"Server":["Caddy"],"Content-Encoding":["gzip"],"Content-Type":["text/html; charset=utf-8"],"Vary":["Accept-Encoding"]}}""");

        Assert.Equal(new LogEntry(DateTimeOffset.FromUnixTimeSeconds(1646861401), "127.0.0.1", "/docs", "/docs/a", 200, 10900, "localhost", 929), e);
    }

    [Fact]
    public void Traefik_DownstreamFieldsAndNanoseconds_AreRead()
    {
        // Traefik's JSON access log fields (doc.traefik.io/traefik/observability/access-logs).
        var e = Json.Accepted("""{"ClientAddr":"172.17.0.1:48672","ClientHost":"172.17.0.1","ClientPort":"48672","ClientUsername":"-","DownstreamContentSize":19,"DownstreamStatus":404,"Duration":143700,"OriginContentSize":19,"OriginDuration":64900,"OriginStatus":404,"Overhead":78800,"RequestAddr":"localhost:8080","RequestContentSize":0,"RequestCount":1,"RequestHost":"localhost","RequestMethod":"GET","RequestPath":"/foo/bar","RequestPort":"8080","RequestProtocol":"HTTP/1.1","RequestScheme":"http","RetryAttempts":0,"StartLocal":"2026-11-30T07:42:45.123456789+01:00","StartUTC":"2026-11-30T06:42:45.123456789Z","entryPointName":"web","level":"info","msg":"","time":"2026-11-30T07:42:45+01:00"}""");

        Assert.Equal(new LogEntry(At.ToOffset(TimeSpan.FromHours(1)), "172.17.0.1", "/foo", "/foo/bar", 404, 19, "localhost", 143), e);
    }

    [Theory]
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a","duration_ms":12.5}""", 12_500)]
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a","request_time":"-"}""", -1)]
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a","request_time":-0.5}""", -1)]
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a","request_time":"","duration":1.5}""", 1_500_000)]
    public void Duration_IsTheFirstNumberOfItsKeys(string line, long micros)
    {
        Assert.Equal(micros, Json.Accepted(line).DurationMicros);
    }

    [Theory]
    [InlineData("""{"@timestamp":"2026-11-30T06:42:45.999Z","status_code":"201","uri":"/a"}""")]
    [InlineData("""{"msec":"1796020965.999","status":201,"request_uri":"/a"}""")]
    [InlineData("""{"timestamp":1796020965,"status":201,"path":"/a","bytes":null}""")]
    [InlineData("""{"time_iso8601":"2026-11-30T07:42:45+01:00","status":201,"request":null,"uri":"/a"}""")]
    [InlineData(""" { "ts" : 1796020965.5 , "status" : 201 , "path" : "/a" } """)]
    public void Aliases_AndKindsOfValue_GiveTheSameFields(string line)
    {
        var e = Json.Accepted(line);

        Assert.Equal((At, 201, "/a", 0L), (e.Timestamp.ToUniversalTime(), e.Status, e.Path, e.Bytes));
    }

    [Fact]
    public void BetterRankedKeyLater_ReplacesAnEarlierOne()
    {
        var e = Json.Accepted("""{"path":"/worse","status":200,"uri":"/better","time":"2026-11-30T06:42:45Z","time_iso8601":"2026-11-30T06:42:46Z"}""");

        Assert.Equal(("/better", 46), (e.Path, e.Timestamp.Second));
    }

    [Theory]
    [InlineData("""{"time":"-","status":200,"path":"/a"}""")]                                  // a time that does not parse
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":"ok","path":"/a"}""")]              // no status
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200}""")]                           // no target
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"request":{"uri":5}}""")]       // a target that is not text
    [InlineData("""{"time":"2026-11-30T06:42:45","status":200,"path":"/a"}""")]                // a time without its offset
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a"} trailing""")]      // not one object
    [InlineData("""{"time":"2026-11-30T06:42:45Z","status":200,"path":"/a" """)]               // not closed
    [InlineData("""["2026-11-30T06:42:45Z",200,"/a"]""")]                                       // not an object
    [InlineData("127.0.0.1 - - [30/Nov/2026:06:42:45 +0000] \"GET / HTTP/1.1\" 200 6")]         // not JSON
    public void LineWithoutTimeStatusOrTarget_IsRejected(string line)
    {
        Assert.Equal(LineKind.Rejected, Json.KindOf(line));
    }
}
