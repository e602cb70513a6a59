using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Core.Tests.Support;
using HttpMonitor.Testing;

namespace HttpMonitor.Core.Tests.Profile;

public sealed class TrafficProfileTests
{
    [Fact]
    public void Profile_HoursAreAsTheLogWroteThem_AcrossDaysAndTwoTimeZones()
    {
        // Two servers, one at +0100 and one at -0500, over three days: 01:30 local on each.
        var log = new StringBuilder();
        foreach (int day in new[] { 1, 2, 3 })
        {
            log.AppendLine(Some.Line(new DateTimeOffset(2026, 3, day, 1, 30, 0, TimeSpan.FromHours(1))));
            log.AppendLine(Some.Line(new DateTimeOffset(2026, 3, day, 1, 30, 0, TimeSpan.FromHours(-5)), status: 500));
            log.AppendLine(Some.Line(new DateTimeOffset(2026, 3, day, 23, 0, 0, TimeSpan.FromHours(-5))));
        }

        var profile = Final(log.ToString());

        Assert.Equal(6, profile.Hours[1]);
        Assert.Equal(3, profile.ErrorsByHour[1]);
        Assert.Equal(3, profile.Hours[23]);
        Assert.Equal(9, profile.Hours.Sum());
        Assert.Equal(1, profile.BusiestHour);
        Assert.Equal(2, profile.WeekdayHours[(int)DayOfWeek.Sunday][1]); // 1 March 2026 is a Sunday
        Assert.Equal(1, profile.WeekdayHours[(int)DayOfWeek.Sunday][23]);
        Assert.Equal(2, profile.WeekdayHours[(int)DayOfWeek.Tuesday][1]);
    }

    [Fact]
    public void Profile_WithoutDatabase_HasNoCountries_AndCountsClients()
    {
        var log = Some.Line(0) + "\n" + Some.Line(1) + "\n";

        var profile = Final(log);

        Assert.Null(profile.Countries);
        Assert.Equal([new ClientStats("10.0.0.1", 2, 0)], profile.Clients);
    }

    [Fact]
    public void Profile_WithDatabase_CountsCountries_SortedByHitsThenCode()
    {
        string[] clients = ["81.2.69.160", "81.2.69.161", "2001:218::1", "192.168.0.7", "example.org", "8.8.8.8", "89.160.20.130"];
        var log = new StringBuilder();
        foreach (string client in clients)
        {
            log.AppendLine(Some.Line(0).Replace("10.0.0.1", client));
        }

        using var geo = GeoDatabase.Open(TestData.Path("geoip/GeoLite2-Country-Test.mmdb"));
        var profile = Final(log.ToString(), geo);

        Assert.Equal(
            ["GB:2", "JP:1", "SE:1", "private:1", "unknown:1", "unresolved:1"],
            profile.Countries!.Select(c => $"{c.Country}:{c.Hits}"));
    }

    [Fact]
    public void Windows_CarryTheirOwnTopClients()
    {
        var log = Some.Line(0) + "\n" + Some.Line(12).Replace("10.0.0.1", "10.9.9.9") + "\n";

        var (events, _) = ReplayRun.Of(log, new MonitorOptions { StatisticsInterval = 10 });
        var windows = events.OfType<WindowStats>().ToList();

        Assert.Equal(["10.0.0.1"], windows[0].Clients.Select(c => c.Client));
        Assert.DoesNotContain(windows[1].Clients, c => c.Client == "10.0.0.1");
        Assert.Equal(["10.9.9.9"], windows[1].Clients.Select(c => c.Client));
    }

    [Fact]
    public void Replay_EndsWithOneFinalProfile_AfterTheLastWindow()
    {
        var (events, _) = ReplayRun.Of(Some.Line(0) + "\n" + Some.Line(25) + "\n");

        Assert.IsType<WindowStats>(events[^2]);
        Assert.True(Assert.IsType<TrafficProfile>(events[^1]).Final);
        Assert.Single(events.OfType<TrafficProfile>(), p => p.Final);
    }

    private static TrafficProfile Final(string log, GeoDatabase? geo = null)
    {
        var events = new List<MonitorEvent>();
        Core.Monitor.Replay.Run(new MemoryStream(Encoding.UTF8.GetBytes(log)), new MonitorOptions(), System.Reactive.Observer.Create<MonitorEvent>(events.Add), geo: geo);
        return events.OfType<TrafficProfile>().Single(p => p.Final);
    }
}
