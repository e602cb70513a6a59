using System.Text;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;
using HttpMonitor.Testing;

namespace HttpMonitor.Core.Tests.Parsing;

public sealed class LogLineParserTests
{
    private static LineKind Parse(string line, out LogEntry entry) => new LogLineParser().ParseEntry(Some.Utf8(line), out entry);

    private static LogEntry Accepted(string line)
    {
        Assert.Equal(LineKind.Accepted, Parse(line, out var entry));
        return entry;
    }

    [Theory]
    [InlineData("127.0.0.1 - james [09/May/2018:16:00:39 +0000] \"GET /report HTTP/1.0\" 200 123")]
    [InlineData("127.0.0.1 - - [09/May/2018:16:00:39 +0000] \"GET /report HTTP/1.0\" 200 -")]
    [InlineData("::1 ident - [09/May/2018:16:00:39 -0700] \"GET /x HTTP/1.1\" 404 0 \"http://ref/\" \"Mozilla/5.0 (X11)\"")]
    [InlineData("h - John Smith [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1")]          // authuser with a space
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /a\\\"b HTTP/1.1\" 200 1")]            // escaped quote in the request
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1 anything at all")] // fields after the bytes
    [InlineData("h - - [29/Feb/2024:23:59:59 +1400] \"-\" 100 1")]                               // leap day, request "-"
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 599 1\r")]               // CRLF
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"\" 200 1")]                                // empty request
    public void Parse_ValidLine_IsAccepted(string line)
    {
        Assert.Equal(LineKind.Accepted, Parse(line, out _));
    }

    [Theory]
    [InlineData("h - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1")]        // two fields before the time
    [InlineData("h - - [09/May/2018:16:00:39] \"GET /x HTTP/1.1\" 200 1")]            // no offset
    [InlineData("h - - [31/Feb/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1")]      // no such day
    [InlineData("h - - [29/Feb/2023:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1")]      // not a leap year
    [InlineData("h - - [09/Mai/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1")]      // no such month
    [InlineData("h - - [09/May/2018:24:00:00 +0000] \"GET /x HTTP/1.1\" 200 1")]      // hour 24
    [InlineData("h - - [09/May/2018:16:00:60 +0000] \"GET /x HTTP/1.1\" 200 1")]      // second 60
    [InlineData("h - - [9/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1")]       // one-digit day
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 600 1")]      // status above 599
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 099 1")]      // status below 100
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 20 1")]       // two digits
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 2000 1")]     // four digits
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 12a")]    // bytes not digits
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200")]        // no bytes
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1\t")]    // bytes followed by a tab
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1 200 1")]        // unterminated request
    [InlineData("h - - [09/May/2018:16:00:39 +0000] GET /x HTTP/1.1 200 1")]          // unquoted request
    [InlineData("h - - [09/May/2018:16:00:39 +0000] \"GET /x\\\" 200 1")]             // the closing quote is escaped
    [InlineData("just some text")]
    [InlineData("-")]
    public void Parse_MalformedLine_IsRejected(string line)
    {
        Assert.Equal(LineKind.Rejected, Parse(line, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t \t")]
    [InlineData("\r")]
    public void Parse_BlankLine_IsIgnored(string line)
    {
        Assert.Equal(LineKind.Blank, Parse(line, out _));
    }

    [Fact]
    public void Parse_Fields_AreTakenAsWritten()
    {
        var e = Accepted("10.1.2.3 - - [10/Oct/2000:13:55:36 -0700] \"GET /a/b?x=1 HTTP/1.1\" 503 2326 \"-\" \"ua\"");

        Assert.Equal(new DateTimeOffset(2000, 10, 10, 20, 55, 36, TimeSpan.Zero), e.Timestamp);
        Assert.Equal(TimeSpan.FromHours(-7), e.Timestamp.Offset); // the server's own hour is kept
        Assert.Equal(("10.1.2.3", "/a", "/a/b", 503, 2326L), (e.Host, e.Section, e.Path, e.Status, e.Bytes));
        Assert.True(e.Is5xx && e.IsError && !e.Is4xx);
    }

    [Fact]
    public void Parse_DashBytes_CountAsZero()
    {
        Assert.Equal(0, Accepted("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 304 -").Bytes);
    }

    [Theory]
    [InlineData("GET /pages/create HTTP/1.1", "/pages", "/pages/create")]
    [InlineData("GET /pages HTTP/1.1", "/pages", "/pages")]
    [InlineData("GET / HTTP/1.1", "/", "/")]
    [InlineData("GET /a?x=1 HTTP/1.1", "/a", "/a")]
    [InlineData("GET /a/b#frag HTTP/1.1", "/a", "/a/b")]
    [InlineData("GET /a/b?x=/c/d HTTP/1.1", "/a", "/a/b")]
    [InlineData("GET /?x=1 HTTP/1.1", "/", "/")]
    [InlineData("GET http://example.com/api/users?id=1 HTTP/1.1", "/api", "/api/users")]
    [InlineData("GET HTTPS://Example.com:8443/Shop/cart HTTP/1.1", "/Shop", "/Shop/cart")]
    [InlineData("GET http://example.com HTTP/1.1", "/", "/")]
    [InlineData("GET http://example.com?x=1 HTTP/1.1", "/", "/")]
    [InlineData("CONNECT example.com:443 HTTP/1.1", "-", "-")]
    [InlineData("OPTIONS * HTTP/1.1", "-", "-")]
    [InlineData("-", "-", "-")]
    [InlineData("GET", "-", "-")]
    [InlineData("GET ?x=1 HTTP/1.1", "-", "-")]
    [InlineData("GET  /double-space HTTP/1.1", "-", "-")]
    [InlineData("\\x16\\x03\\x01", "-", "-")]
    [InlineData("GET /shuttle/countdown/", "/shuttle", "/shuttle/countdown/")] // HTTP/0.9: no protocol
    [InlineData("GET /API/x HTTP/1.1", "/API", "/API/x")]                      // case kept
    [InlineData("GET /%7Euser/a HTTP/1.1", "/%7Euser", "/%7Euser/a")]          // percent-encoding kept
    [InlineData("GET //x HTTP/1.1", "/", "//x")]
    [InlineData("GET /a\\\"b/c HTTP/1.1", "/a\\\"b", "/a\\\"b/c")]             // escapes kept
    public void Parse_Target_GivesSectionAndPath(string request, string section, string path)
    {
        var e = Accepted($"h - - [09/May/2018:16:00:39 +0000] \"{request}\" 200 1");

        Assert.Equal((section, path), (e.Section, e.Path));
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrow_AndEveryLineIsClassified()
    {
        var random = new Random(1234);
        var parser = new LogLineParser();
        var valid = Some.Utf8("h - - [09/May/2018:16:00:39 +0000] \"GET /x HTTP/1.1\" 200 1");
        for (int i = 0; i < 20_000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length > 0)
            {
                // Mutate a valid line, so that the deeper branches are reached too.
                bytes = (byte[])valid.Clone();
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var kind = parser.Parse(bytes, out _);
            Assert.True(Enum.IsDefined(kind));
        }
    }

    [Fact]
    public void Parse_HostileBytes_AreAcceptedOrRejectedPerTheFormat()
    {
        var parser = new LogLineParser();
        byte[] nulInPath = Some.Utf8("h - - [09/May/2018:16:00:39 +0000] \"GET /a\0b HTTP/1.1\" 200 1");
        byte[] invalidUtf8 = [.. Some.Utf8("h - - [09/May/2018:16:00:39 +0000] \"GET /caf"), 0xC3, 0x28, 0xFF, .. Some.Utf8("/x HTTP/1.1\" 200 1")];
        byte[] megabyteLine = Some.Utf8("h - - [09/May/2018:16:00:39 +0000] \"GET /" + new string('a', 1 << 20) + " HTTP/1.1\" 200 1");
        byte[] nulOnly = new byte[64];

        Assert.Equal(LineKind.Accepted, parser.ParseEntry(nulInPath, out var nul));
        Assert.Equal("/a\0b", nul.Path);
        Assert.Equal(LineKind.Accepted, parser.ParseEntry(invalidUtf8, out var bad));
        Assert.StartsWith("/caf\uFFFD", bad.Path);
        Assert.Equal(LineKind.Accepted, parser.ParseEntry(megabyteLine, out var big));
        Assert.Equal((1 << 20) + 1, big.Path.Length);
        Assert.Equal(LineKind.Rejected, parser.Parse(nulOnly, out _));
    }

    [Fact]
    public void Parse_RealNasaLog_RejectsExactlyItsBrokenLines()
    {
        // This copy splits 44 records in two and cuts the last line: 89 malformed lines (tests/data/README.md).
        var counts = ParseFile(TestData.Path("nasa_aug95_partial_aman-panchal.log"));

        Assert.Equal((1930, 1841, 89), counts);
    }

    [Fact]
    public void Parse_RealCombinedLog_AcceptsEveryLine()
    {
        Assert.Equal((3456, 3456, 0), ParseFile(TestData.Path("nielsbasjes_hackers-access.log")));
    }

    [Theory]
    [InlineData("in24.inetnebr.com - - [01/Aug/1995:00:00:01 -0400] \"GET /shuttle/missions/sts-68/news/sts-68-mcc-05.txt HTTP/1.0\" 200 1839", LineKind.Accepted)]
    [InlineData("uplherc.upl.com - - [01/Aug/1995:00:00:07 -0400] \"GET / HTTP/1.0\" 304 0", LineKind.Accepted)]
    [InlineData("ix-esc-ca2-07.ix.netcom.com - - [01/Aug/1995:00:00:09 -0400] \"GET /images/launch-logo.gif HTTP/1.0\" 200 1713", LineKind.Accepted)]
    [InlineData("uplherc.upl.com - - [01/Aug/1995:00:00:14 -0400] \"GET /images/ksclogo-medium.gif HTTP/1.0\" 304 0", LineKind.Accepted)]
    [InlineData("slppp6.intermind.net - - [01/Aug/1995:00:00:10 -0400] \"GET /history/skylab/skylab.html HTTP/1.0\" 200 1", LineKind.Accepted)]
    [InlineData("gw1.att.com - - [01/Aug/1995:00:00:3", LineKind.Rejected)]  // a record split in two…
    [InlineData("5 -0400] \"GET /shuttle/countdown/ HTTP/1.0\" 200 3985", LineKind.Rejected)] // …and its rest
    public void Parse_RealNasaShapes(string line, LineKind expected)
    {
        Assert.Equal(expected, Parse(line, out _));
    }

    private static (int Lines, int Accepted, int Rejected) ParseFile(string path)
    {
        var parser = new LogLineParser();
        int accepted = 0, rejected = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            switch (parser.Parse(Encoding.UTF8.GetBytes(line), out _))
            {
                case LineKind.Accepted: accepted++; break;
                case LineKind.Rejected: rejected++; break;
            }
        }

        return (accepted + rejected, accepted, rejected);
    }
}
