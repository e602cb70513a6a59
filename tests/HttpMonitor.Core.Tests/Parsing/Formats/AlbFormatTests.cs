using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>AWS Application Load Balancer access log entries, from the examples of AWS's documentation.</summary>
public sealed class AlbFormatTests
{
    private static readonly ILogFormat Alb = ParserExtensions.Format("alb");
    private static readonly DateTimeOffset At = new(2018, 7, 2, 22, 23, 0, TimeSpan.Zero);

    [Fact]
    public void HttpEntry_IsRead()
    {
        var e = Alb.Accepted("""http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2018-07-02T22:22:48.364000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-" TID_1234abcd5678ef90""");

        Assert.Equal(new LogEntry(At, "192.168.131.39", "/", "/", 200, 366, "www.example.com", 1_000), e);
    }

    [Fact]
    public void HttpsEntry_SumsTheThreeTimes()
    {
        var e = Alb.Accepted("""https 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.086 0.048 0.037 200 200 0 57 "GET https://www.example.com:443/shop/cart?x=1 HTTP/1.1" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "www.example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 2018-07-02T22:22:48.364000Z "authenticate,forward" "-" "-" "10.0.0.1:80" "200" "-" "-" TID_1234abcd5678ef90""");

        Assert.Equal(("/shop", "/shop/cart", 57L, 171_000L, "www.example.com"), (e.Section, e.Path, e.Bytes, e.DurationMicros, e.Vhost));
    }

    [Fact]
    public void LambdaFailure_WithoutTarget_IsAHitWithTheBalancersStatus()
    {
        var e = Alb.Accepted("""http 2018-11-30T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 0.001 0.000 502 - 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 0 2018-11-30T22:22:48.364000Z "forward" "-" "LambdaInvalidResponse" "-" "-" "-" "-" TID_1234abcd5678ef90""");

        Assert.Equal(502, e.Status);
    }

    [Fact]
    public void UnreachedTarget_MinusOne_HasNoDuration()
    {
        var e = Alb.Accepted("""h2 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 [2001:db8::1]:2817 - -1 -1 -1 503 - 0 0 "GET https://10.0.2.105:773/ HTTP/2.0" "curl/7.46.0" - -""");

        Assert.Equal(("2001:db8::1", -1L, "10.0.2.105"), (e.Host, e.DurationMicros, e.Vhost));
    }

    [Theory]
    [InlineData("""http 2018-07-02T22:23:00.186641Z app/x 1.2.3.4:1 - 0.000 0.001 0.000 - - 34 366 "GET http://h/ HTTP/1.1" "-" """)] // no status
    [InlineData("""http 2018-07-02T22:23:00.186641Z app/x 1.2.3.4:1 - 0.000 0.001 0.000 200 200 34 366 "GET http://h/ HTTP/1.1""")] // quote not closed
    [InlineData("""http 2018-07-02T22:23:00 app/x 1.2.3.4:1 - 0.000 0.001 0.000 200 200 34 366 "GET http://h/ HTTP/1.1" "-" """)] // time without Z
    [InlineData("""http 2018-07-02T22:23:00.186641Z app/x 1.2.3.4:1 - 0.000 0.001 0.000 200 200""")] // fields missing
    public void MalformedEntry_IsRejected(string line)
    {
        Assert.Equal(LineKind.Rejected, Alb.KindOf(line.TrimEnd()));
    }
}
