using HttpMonitor.Tests.Support;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>The window on a timed log shows response times; on an untimed one, none of it.</summary>
public sealed class LatencyWindowTests
{
    /// <summary>p50 10 ms, p95 and p99 90 ms, exactly (the first and last ranks are exact).</summary>
    private static readonly double[] TenAndNinety = [10, 90];

    private static FakeSession Timed(string heaviest = "/api/users")
    {
        var session = new FakeSession();
        session.Push(
            SomeTimed.Second(0, "/api/slow", 2500, 30),
            SomeTimed.Second(1, "/web/x", 4),
            Some.Window(0, SomeTimed.Section("/api", TenAndNinety) with { HeaviestPath = heaviest }, Some.Section("/static", 3)));
        return session;
    }

    private static FakeSession Untimed()
    {
        var session = new FakeSession();
        session.Push(Some.Second(0, 5), Some.Window(0, Some.Section("/api", 30, "/api/users", 4096)));
        return session;
    }

    [Fact]
    public void Window_TimedLog_SectionsTableHasLatencyColumns()
    {
        using var ui = new WindowHarness(Timed(), 120, 30);

        Assert.Contains(ui.Rows, r => r.Contains("heaviest document", StringComparison.Ordinal) && r.EndsWith("size p50 ms p95 ms p99 ms", StringComparison.Ordinal));
        Assert.Contains(ui.Rows, r => System.Text.RegularExpressions.Regex.IsMatch(r, @"^/api +2 +40% +0 +0 +200 B /api/users +100 B +10\.0 +90\.0 +90\.0$"));
        Assert.Contains(ui.Rows, r => r.StartsWith("/static ", StringComparison.Ordinal) && r.EndsWith("      -      -      -", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(78, true)]
    [InlineData(77, false)]
    [InlineData(70, false)]
    public void Window_TimedLogNarrow_LatencyColumnsShownOnlyWhenAllThreeFit(int width, bool shown)
    {
        // The table is 57 columns wide without them, 78 with them: never a cut number.
        using var ui = new WindowHarness(Timed(), width, 24);

        Assert.Equal(shown, ui.Screen.Contains("p50 ms", StringComparison.Ordinal));
        Assert.Equal(shown, ui.Screen.Contains("90.0", StringComparison.Ordinal));
        Assert.Contains(ui.Rows, r => r.EndsWith("heaviest document  size" + (shown ? " p50 ms p95 ms p99 ms" : ""), StringComparison.Ordinal));
    }

    [Fact]
    public void Window_TimedLogWidened_LatencyColumnsAppear()
    {
        using var ui = new WindowHarness(Timed(), 70, 24);

        ui.Resize(120, 30);

        Assert.Contains("p50 ms p95 ms p99 ms", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_TimedLogGKey_ShowsResponseTimesChart()
    {
        using var ui = new WindowHarness(Timed(), 80, 24);

        ui.Press(Key.G);

        Assert.Contains("Response times, ms, over the last 6m 10s (5s per column): █ p50 ▓ p95 ░ p99", ui.Screen, StringComparison.Ordinal);
        // One column of 5 s holds 4, 30 and 2,500 ms: p50 30 ms is the bottom row, p95 = p99 = 2,500 ms the next three.
        Assert.Equal(["▓", "▓", "▓", "█"], ui.Rows.Where(r => r.StartsWith("     ┤", StringComparison.Ordinal) || r.StartsWith("    0┤", StringComparison.Ordinal)).Select(r => r[^1..]));
        Assert.Contains(ui.Rows, r => r.StartsWith(" 3000┤", StringComparison.Ordinal));
    }

    [Fact]
    public void Window_TimedLogGKeyTwice_ListsTheSlowestRequests()
    {
        using var ui = new WindowHarness(Timed(), 80, 24);

        ui.Press(Key.G);
        ui.Press(Key.G);

        Assert.Contains("Slowest requests of the last 5 minutes (the 20 slowest)", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("    2,500    200 12:00:00Z /api             /api/slow", ui.Rows);
        Assert.Contains("     4.00    200 12:00:01Z /web             /web/x", ui.Rows);
    }

    [Fact]
    public void Window_TimedLogGKeyThrice_GoesOnToTheProfilePanels()
    {
        using var ui = new WindowHarness(Timed(), 80, 24);

        ui.Press(Key.G);
        ui.Press(Key.G);
        ui.Press(Key.G);

        Assert.Contains("The profile appears when the first statistics window closes.", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_UntimedLog_NoLatencyColumns()
    {
        using var ui = new WindowHarness(Untimed(), 160, 48);

        Assert.Contains(ui.Rows, r => r.EndsWith("heaviest document size", StringComparison.Ordinal));
        Assert.DoesNotContain("p50", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_UntimedLogGKey_SkipsResponseTimesAndSlowest()
    {
        using var ui = new WindowHarness(Untimed(), 160, 48);

        ui.Press(Key.G);

        Assert.Contains("The profile appears when the first statistics window closes.", ui.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Response times", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_F1_HelpListsTheResponseTimePanels()
    {
        using var ui = new WindowHarness(new FakeSession(), 80, 24);

        ui.Press(Key.F1);

        Assert.Contains("g         chart area: traffic, latency, 20 slowest in 5 min", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("          (timed logs), hours, countries, clients, vhosts", ui.Screen, StringComparison.Ordinal);
    }
}
