using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>Debian's other_vhosts_access.log (vhost_combined): the vhost first, then the client.</summary>
public sealed class VhostCombinedFormatTests
{
    private static readonly ILogFormat VhostCombined = ParserExtensions.Format("vhost_combined");

    [Fact]
    public void Line_GivesTheVhostAndTheRealClient()
    {
        var e = VhostCombined.Accepted("www.example.com:443 198.51.100.1 - - [10/Oct/2000:13:55:36 -0700] \"GET /a/b HTTP/1.1\" 200 2326 \"-\" \"curl/8.5.0\"");

        Assert.Equal(("www.example.com", "198.51.100.1", "/a"), (e.Vhost, e.Host, e.Section));
    }

    [Theory]
    [InlineData("www.example.com:443 198.51.100.1 - John Smith [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1")] // authuser with a space
    [InlineData("198.51.100.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1")]                            // a combined line
    public void LineWithoutFourFieldsBeforeTheTime_IsRejected(string line)
    {
        Assert.Equal(LineKind.Rejected, VhostCombined.KindOf(line));
    }
}
