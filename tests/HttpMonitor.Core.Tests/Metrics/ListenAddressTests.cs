using System.Net;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Tests.Metrics;

public sealed class ListenAddressTests
{
    [Theory]
    [InlineData(":9464", "127.0.0.1:9464")]
    [InlineData("localhost:9464", "127.0.0.1:9464")]
    [InlineData("0.0.0.0:9464", "0.0.0.0:9464")]
    [InlineData("192.0.2.7:80", "192.0.2.7:80")]
    [InlineData("[::1]:9464", "[::1]:9464")]
    [InlineData("[::]:9464", "[::]:9464")]
    [InlineData(":0", "127.0.0.1:0")]
    public void Parse_AddressAndPort_IsThatEndPoint(string text, string expected)
    {
        Assert.Equal(expected, ListenAddress.Parse(text).ToString());
    }

    [Fact]
    public void Parse_PortAlone_IsLoopbackOnly()
    {
        Assert.Equal(IPAddress.Loopback, ListenAddress.Parse(":9464").Address);
    }

    [Theory]
    [InlineData("9464", "not \"9464\"")]
    [InlineData("example.com:9464", "\"example.com\" is not an IP address")]
    [InlineData("1.2:9464", "\"1.2\" is not an IP address")]
    [InlineData("::1:9464", "write an IPv6 address in brackets, [::1]:9464")]
    [InlineData(":70000", "the port is a number from 0 to 65535")]
    [InlineData(":-1", "the port is a number from 0 to 65535")]
    [InlineData("127.0.0.1:", "the port is a number from 0 to 65535")]
    public void Problem_NotAnAddressAndPort_SaysWhatIsExpected(string text, string detail)
    {
        string? problem = ListenAddress.Problem(text);

        Assert.NotNull(problem);
        Assert.StartsWith("must be ADDRESS:PORT, :PORT (on 127.0.0.1) or [IPv6]:PORT, e.g. :9464 or 0.0.0.0:9464", problem);
        Assert.Contains(detail, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigFile_BadListen_IsOneLineNamingTheKey()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Parse("""{ "listen": "9464" }""", "c.json"));

        Assert.StartsWith("c.json: listen: must be ADDRESS:PORT", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ConfigFile_Listen_IsRead()
    {
        Assert.Equal(":9464", ConfigFile.Parse("""{ "listen": ":9464" }""", "c.json").Listen);
    }
}
