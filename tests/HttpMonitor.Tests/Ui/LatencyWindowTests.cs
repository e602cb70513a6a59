using System.Text.RegularExpressions;
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

        Assert.Contains(ui.Rows, r => Regex.IsMatch(r, "bytes p50 ms p95 ms p99 ms heaviest +size$"));
        Assert.Contains(ui.Rows, r => Regex.IsMatch(r, @"^/api +2 +40% +0 +0 +200 B +10\.0 +90\.0 +90\.0 /api/users +100 B$"));
        Assert.Contains(ui.Rows, r => Regex.IsMatch(r, "^/static .* +- +- +- "));
    }

    [Theory]
    [InlineData(80, true)]
    [InlineData(60, false)]
    public void Window_TimedLogNarrow_LatencyColumnsGoFirst_AllThreeTogether(int width, bool shown)
    {
        // The table needs 70 columns with them (paths at their shortest), 49 without: never a cut number.
        using var ui = new WindowHarness(Timed(), width, 24);

        Assert.Equal(shown, ui.Screen.Contains("p50 ms", StringComparison.Ordinal));
        Assert.Equal(shown, ui.Screen.Contains("90.0", StringComparison.Ordinal));
        Assert.Equal(shown, ui.Screen.Contains("p99 ms", StringComparison.Ordinal));
        Assert.Contains(ui.Rows, r => Regex.IsMatch(r, "^section +hits +share +4xx +5xx +bytes"));
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

        Assert.Contains(ui.Rows, r => Regex.IsMatch(r, "bytes heaviest +size$"));
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
        using var ui = new WindowHarness(new FakeSession(), 120, 50);

        ui.Press(Key.F1);

        // The help wraps its lines to its frame: read it as one text.
        string help = ui.DialogText;
        Assert.Contains("g chart area: traffic; response times and the 20 slowest requests of the last 5 minutes (timed logs); hours,", help, StringComparison.Ordinal);
    }
}
