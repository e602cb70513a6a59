using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>W3C extended logs as IIS 10 writes them: a header block again at each restart, with other #Fields.</summary>
public sealed class W3cFormatTests
{
    private static readonly string[] IisLog =
    [
        "#Software: Microsoft Internet Information Services 10.0",
        "#Version: 1.0",
        "#Date: 2026-11-30 06:42:45",
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
        "2026-11-30 06:42:45 10.0.0.5 GET /default.aspx - 443 - 203.0.113.9 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 46",
        "2026-11-30 06:42:46 10.0.0.5 GET /images/logo.png - 443 - 203.0.113.9 Mozilla/5.0+(Windows+NT+10.0) https://www.example.com/ 304 0 0 15",
        "#Software: Microsoft Internet Information Services 10.0",
        "#Version: 1.0",
        "#Date: 2026-11-30 07:00:00",
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status sc-bytes time-taken cs-host",
        "2026-11-30 07:00:01.250 10.0.0.5 POST /api/orders id=5 443 - 2001:db8::7 curl/8.0 500 0 0 1234 120 shop.example.com",
    ];

    [Fact]
    public void IisLog_WithARepeatedHeader_ReadsEachBlockByItsOwnFields()
    {
        var w3c = ParserExtensions.Format("w3c");
        var kinds = new List<LineKind>();
        var entries = new List<LogEntry>();
        foreach (string line in IisLog)
        {
            kinds.Add(w3c.ParseEntry(Some.Utf8(line), out var e));
            entries.Add(e);
        }

        Assert.Equal([.. Enumerable.Repeat(LineKind.Ignored, 4), LineKind.Accepted, LineKind.Accepted, .. Enumerable.Repeat(LineKind.Ignored, 4), LineKind.Accepted], kinds);
        Assert.Equal(new LogEntry(new DateTimeOffset(2026, 11, 30, 6, 42, 45, TimeSpan.Zero), "203.0.113.9", "/default.aspx", "/default.aspx", 200, 0, "", 46_000), entries[4]);
        Assert.Equal(new LogEntry(new DateTimeOffset(2026, 11, 30, 7, 0, 1, TimeSpan.Zero), "2001:db8::7", "/api", "/api/orders", 500, 1234, "shop.example.com", 120_000), entries[10]);
    }

    [Theory]
    [InlineData("2026-11-30 06:42:45 /a 200")]              // before any #Fields
    public void DataLine_BeforeFields_IsRejected(string line)
    {
        Assert.Equal(LineKind.Rejected, ParserExtensions.Format("w3c").KindOf(line));
    }

    [Theory]
    [InlineData("2026-11-30 06:42:45 /a 200 extra")] // a field more
    [InlineData("2026-11-30 06:42:45 /a")]           // a field less
    [InlineData("2026-11-30 06:42:45 /a 2xx")]       // not a status
    [InlineData("2026-11-31 06:42:45 /a 200")]       // no such day
    [InlineData("2026-11-30 06:42 /a 200")]          // not a time
    public void DataLine_NotOfTheFields_IsRejected(string line)
    {
        var w3c = ParserExtensions.Format("w3c");
        w3c.KindOf("#Fields: date time cs-uri-stem sc-status");

        Assert.Equal(LineKind.Rejected, w3c.KindOf(line));
    }

    [Fact]
    public void FieldsWithoutStatus_RejectEveryLine()
    {
        var w3c = ParserExtensions.Format("w3c");
        w3c.KindOf("#Fields: date time cs-uri-stem");

        Assert.Equal(LineKind.Rejected, w3c.KindOf("2026-11-30 06:42:45 /a"));
    }

    [Fact]
    public void Dashes_AreAbsent()
    {
        var w3c = ParserExtensions.Format("w3c");
        w3c.KindOf("#Fields: date time c-ip cs-uri-stem sc-status sc-bytes time-taken cs-host");

        var e = w3c.Accepted("2026-11-30 06:42:45 - /a 200 - - -");

        Assert.Equal(("", 0L, -1L, ""), (e.Host, e.Bytes, e.DurationMicros, e.Vhost));
    }
}
