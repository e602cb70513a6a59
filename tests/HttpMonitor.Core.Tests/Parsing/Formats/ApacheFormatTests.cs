using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>Apache LogFormat strings, as written in apache2.conf, on lines as Apache 2.4 writes them (quotes in values as \").</summary>
public sealed class ApacheFormatTests
{
    private const string Line = """203.0.113.7 - alice [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif?x=\"1\" HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)" """;

    [Theory]
    [InlineData("apache:LogFormat \"%h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"\" combined")]
    [InlineData("apache:\"%h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"\"")]
    [InlineData("apache:%h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"")]
    [InlineData("apache:%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-Agent}i\"")]
    public void CombinedAsWrittenInTheConfig_ReadsTheLine(string format)
    {
        var e = ParserExtensions.Format(format).Accepted(Line.TrimEnd());

        Assert.Equal(new LogEntry(new DateTimeOffset(2000, 10, 10, 13, 55, 36, TimeSpan.FromHours(-7)), "203.0.113.7", "/apache_pb.gif", "/apache_pb.gif", 200, 2326), e);
    }

    [Theory]
    [InlineData("%D", "1234567", 1_234_567)]
    [InlineData("%{ms}T", "1234", 1_234_000)]
    [InlineData("%{us}T", "1234567", 1_234_567)]
    [InlineData("%T", "2", 2_000_000)]
    [InlineData("%{s}T", "2", 2_000_000)]
    [InlineData("%D", "-", -1)]
    public void Duration_IsReadInItsUnit(string directive, string value, long micros)
    {
        var format = ParserExtensions.Format($"apache:%t \"%r\" %>s {directive}");

        var e = format.Accepted($"[10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 {value}");

        Assert.Equal(micros, e.DurationMicros);
    }

    [Fact]
    public void VhostAndPathWithQuery_AreRead()
    {
        var format = ParserExtensions.Format("apache:%v:%p %a %t %U%q %s %B %{X-Forwarded-For}i %400,501{User-agent}i %!200,304,302{Referer}i %^ti %%");

        var e = format.Accepted("www.example.com:443 ::1 [10/Oct/2000:13:55:36 +0000] /docs/a?b=c 404 0 - curl - - %");

        Assert.Equal(("www.example.com", "::1", "/docs", "/docs/a", 404), (e.Vhost, e.Host, e.Section, e.Path, e.Status));
    }

    [Fact]
    public void UserWithASpace_BeforeTheTime_IsOneValue_AsInCombined()
    {
        var format = ParserExtensions.Format("apache:%h %l %u %t \"%r\" %>s %b");

        var e = format.Accepted("10.0.0.1 - john doe [10/Oct/2000:13:55:36 +0000] \"GET /a HTTP/1.1\" 200 5");

        Assert.Equal(("10.0.0.1", "/a", 5L), (e.Host, e.Path, e.Bytes));
    }

    [Fact]
    public void FinalStatus_IsPreferredToTheOriginal()
    {
        var format = ParserExtensions.Format("apache:%t \"%r\" %s %>s");

        Assert.Equal(500, format.Accepted("[10/Oct/2000:13:55:36 +0000] \"GET / HTTP/1.1\" 200 500").Status);
    }

    [Theory]
    [InlineData("apache:%h %Z %t \"%r\" %>s", "position 11: %Z is not an Apache LogFormat directive")]
    [InlineData("apache:\"%h %t \\\"%r\\\" %>s", "position 8: this \" is never closed")]
    [InlineData("apache:%h %{Referer %t \"%r\" %>s", "position 11: %{ is not closed")]
    [InlineData("apache:%t \"%r\" %>s %", "position 20: a directive ends the format without its letter")]
    [InlineData("apache:%h \"%r\" %>s %b", "it has no time: a line is read only with %t")]
    [InlineData("apache:%h %t %b", "it has no status")]
    [InlineData("apache:LogFormat %h %t", "expected the format in double quotes after LogFormat")]
    public void BadFormat_IsRefusedWithWhereAndWhy(string format, string expected)
    {
        var problem = Assert.Throws<LogFormatException>(() => LogFormats.Compile(format));

        Assert.StartsWith("apache format", problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
