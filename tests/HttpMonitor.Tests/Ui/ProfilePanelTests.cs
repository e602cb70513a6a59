using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

public sealed class ProfilePanelTests
{
    private static TrafficProfile Profile(IReadOnlyList<CountryStats>? countries = null)
    {
        var hours = new long[24];
        hours[3] = 5;
        hours[14] = 20;
        return new TrafficProfile(DateTimeOffset.UnixEpoch, false, hours, new long[24],
            Enumerable.Range(0, 7).Select(_ => (IReadOnlyList<long>)new long[24]).ToList(),
            countries, [new ClientStats("81.2.69.160", 15, 2), new ClientStats("10.0.0.\u001b[2J", 10, 0, Overestimate: 4)]);
    }

    [Fact]
    public void Hours_MarkTheBusiestHour_AndScaleToTheHeight()
    {
        var lines = ProfilePanel.Hours(Profile(), width: 103, height: 5);

        Assert.Equal(5, lines.Count);
        Assert.Equal(Tone.Alert, lines[0].Runs[15].Tone);                  // the busiest hour, 14h (after the scale)
        Assert.Contains('█', lines[0].Runs[15].Text);                      // full height
        Assert.DoesNotContain('█', lines[0].Runs[4].Text);                 // 5 of 20: only the lowest row
        Assert.Contains('█', lines[3].Runs[4].Text);
        Assert.StartsWith("      00  01  02", lines[^1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_SmallHourNextToABusyOne_IsNotBlank()
    {
        var hours = new long[24];
        hours[3] = 86;
        hours[12] = 4180;

        var lines = ProfilePanel.Hours(Profile() with { Hours = hours }, width: 110, height: 6);

        Assert.Matches(@"[▁▂▃▄▅▆▇█]", lines[^2].Runs[4].Text);
    }

    [Fact]
    public void Hours_HaveAScaleWithNumbers()
    {
        var hours = new long[24];
        hours[12] = 4180;

        var lines = ProfilePanel.Hours(Profile() with { Hours = hours }, width: 110, height: 6);

        Assert.StartsWith("4,180┤", lines[0].ToString(), StringComparison.Ordinal);
        Assert.EndsWith("┤", lines[^2].Runs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_WithoutDatabase_SayHowToGetOne()
    {
        var text = string.Join("\n", ProfilePanel.Countries(Profile(), hasGeography: false, height: 10));

        Assert.Contains("GeoLite2-Country.mmdb", text, StringComparison.Ordinal);
        Assert.Contains("--geoip PATH", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_AndClients_AreTablesWithShares_ClientTextEscaped()
    {
        var countries = ProfilePanel.Countries(Profile([new CountryStats("GB", 15, 2), new CountryStats("private", 10, 0)]), true, 10);
        var clients = ProfilePanel.Clients(Profile(), 10);

        Assert.Matches(@"^GB +15 +60% +2$", countries[1].ToString());
        Assert.Matches(@"^81\.2\.69\.160 +15 +60% +2$", clients[1].ToString());
        Assert.Contains("\\x1b[2J", clients[2].ToString(), StringComparison.Ordinal);
        Assert.Contains("≈10", clients[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Vhosts_AreATableWithShares_NameEscaped()
    {
        var window = new WindowStats(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(10), false, new Tally(4, 0, 1, 400), [], [])
        {
            Vhosts = [new VhostStats("www.example.com", new Tally(3, 1, 1, 300)), new VhostStats("evil\u001b[2J", new Tally(1, 0, 0, 100))],
        };

        var lines = ProfilePanel.Vhosts(window, 10);

        Assert.Matches(@"^vhost +hits +share +errors$", lines[0].ToString());
        Assert.Matches(@"^www\.example\.com +3 +75% +2$", lines[1].ToString());
        Assert.Contains("\\x1b[2J", lines[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_AreATableWithShares_NameEscaped()
    {
        var window = new WindowStats(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(10), false, new Tally(4, 0, 1, 400), [], [])
        {
            Sources = [new SourceStats("/var/log/nginx/a.log", new Tally(3, 1, 1, 300)), new SourceStats("evil\u001b[2J", new Tally(1, 0, 0, 100))],
        };

        var lines = ProfilePanel.Sources(window, 10);

        Assert.Matches(@"^source +hits +share +errors$", lines[0].ToString());
        Assert.Matches(@"^/var/log/nginx/a\.log +3 +75% +2$", lines[1].ToString());
        Assert.Contains("\\x1b[2J", lines[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Window_GKey_CyclesTheChartAreaThroughTheProfilePanels()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 100, 30);
        session.Push(Profile());
        session.Push(new WindowStats(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(10), false, new Tally(4, 0, 1, 400), [], [new ClientStats("192.0.2.7", 3, 1)]));
        ui.Refresh();

        ui.Press(Key.G);
        Assert.Contains("Hits per hour of day since start", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("busiest 14h", ui.Screen, StringComparison.Ordinal);
        ui.Press(Key.G);
        Assert.Contains("No GeoIP database", ui.Screen, StringComparison.Ordinal);
        ui.Press(Key.G);
        Assert.Contains("81.2.69.160", ui.Screen, StringComparison.Ordinal);
        ui.Press(Key.G);
        Assert.Contains("Top clients in the last window 1970-01-01 00:00:00–00:00:10Z", ui.Screen, StringComparison.Ordinal);
        Assert.Matches(@"192\.0\.2\.7 +3 +75% +1", ui.Screen);
        ui.Press(Key.G);
        Assert.Contains("Top vhosts in the last window 1970-01-01 00:00:00–00:00:10Z", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("No vhosts in the last window", ui.Screen, StringComparison.Ordinal);
        ui.Press(Key.G);
        Assert.Contains("Top sources in the last window 1970-01-01 00:00:00–00:00:10Z", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("No sources in the last window: the monitor reads one input.", ui.Screen, StringComparison.Ordinal);
        ui.Press(Key.G);
        Assert.Contains("Traffic, req/s", ui.Screen, StringComparison.Ordinal);
    }
}
