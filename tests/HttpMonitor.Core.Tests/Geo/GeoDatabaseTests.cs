using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Tests.Support;
using HttpMonitor.Testing;

namespace HttpMonitor.Core.Tests.Geo;

public sealed class GeoDatabaseTests
{
    // Networks documented in tests/data/geoip/*.json.
    [Theory]
    [InlineData("GeoLite2-Country-Test.mmdb", "81.2.69.160", "GB")]
    [InlineData("GeoLite2-Country-Test.mmdb", "89.160.20.130", "SE")]
    [InlineData("GeoLite2-Country-Test.mmdb", "216.160.83.57", "US")]
    [InlineData("GeoLite2-Country-Test.mmdb", "2001:218::1", "JP")]
    [InlineData("GeoLite2-Country-Test.mmdb", "2001:220::5", "KR")]
    [InlineData("GeoLite2-Country-Test.mmdb", "::ffff:81.2.69.160", "GB")]
    [InlineData("GeoLite2-City-Test.mmdb", "81.2.69.160", "GB")]
    [InlineData("GeoLite2-City-Test.mmdb", "2001:218::1", "JP")]
    public void Locate_DocumentedNetworks_GiveTheirCountry(string database, string address, string country)
    {
        using var geo = GeoDatabase.Open(TestData.Path("geoip/" + database));

        Assert.Equal(country, geo.Locate(address).Country);
    }

    [Fact]
    public void Locate_CityDatabase_GivesTheCity()
    {
        using var geo = GeoDatabase.Open(TestData.Path("geoip/GeoLite2-City-Test.mmdb"));

        Assert.Equal(new Location("GB", "London"), geo.Locate("81.2.69.160"));
    }

    [Theory]
    [InlineData("10.1.2.3", Location.Private)]
    [InlineData("172.20.0.1", Location.Private)]
    [InlineData("192.168.1.1", Location.Private)]
    [InlineData("127.0.0.1", Location.Private)]
    [InlineData("169.254.3.4", Location.Private)]
    [InlineData("::1", Location.Private)]
    [InlineData("fe80::1", Location.Private)]
    [InlineData("fd00::1", Location.Private)]
    [InlineData("in24.inetnebr.com", Location.Unresolved)]
    [InlineData("localhost", Location.Unresolved)]
    [InlineData("-", Location.Unresolved)]
    [InlineData("8.8.8.8", Location.Unknown)]
    [InlineData("2a00::1", Location.Unknown)]
    public void Locate_GroupsWhatHasNoCountry(string client, string group)
    {
        using var geo = GeoDatabase.Open(TestData.Path("geoip/GeoLite2-Country-Test.mmdb"));

        Assert.Equal(group, geo.Locate(client).Country);
    }

    [Fact]
    public void Open_TruncatedFile_IsOneClearMessage()
    {
        string copy = Path.Combine(Directory.CreateTempSubdirectory().FullName, "broken.mmdb");
        byte[] bytes = File.ReadAllBytes(TestData.Path("geoip/GeoLite2-Country-Test.mmdb"));
        File.WriteAllBytes(copy, bytes[..(bytes.Length / 3)]);

        var error = Assert.Throws<GeoDatabaseException>(() => GeoDatabase.Open(copy));

        Assert.StartsWith(copy + ": cannot be used as a GeoIP database", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Open_MissingFile_IsOneClearMessage()
    {
        var error = Assert.Throws<GeoDatabaseException>(() => GeoDatabase.Open("/nonexistent/GeoLite2-Country.mmdb"));

        Assert.StartsWith("/nonexistent/GeoLite2-Country.mmdb: cannot be used as a GeoIP database", error.Message);
    }

    [Fact]
    public async Task Open_Fifo_IsRefusedWithoutWaitingForAWriter()
    {
        using var dir = new TempDirectory();
        string fifo = Fifo.Create(dir.File("geo.mmdb"));

        var opening = Task.Run(() => GeoDatabase.Open(fifo));
        var finished = await Task.WhenAny(opening, Task.Delay(Eventually.DefaultTimeout));
        if (finished != opening)
        {
            (await Fifo.OpenWriterAsync(fifo)).Dispose(); // let the blocked open go, then fail
        }

        Assert.Same(opening, finished);
        var error = await Assert.ThrowsAsync<GeoDatabaseException>(() => opening);
        Assert.Equal($"{fifo}: cannot be used as a GeoIP database: it is a pipe, not a file", error.Message);
    }
}
