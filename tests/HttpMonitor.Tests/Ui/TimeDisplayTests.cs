using HttpMonitor.Cli;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

/// <summary>Times in the window: the date whenever the time shown is not today; local time when asked.</summary>
public sealed class TimeDisplayTests
{
    private static readonly TimeZoneInfo PlusTwo = TimeZoneInfo.CreateCustomTimeZone("plus-two", TimeSpan.FromHours(2), "plus-two", "plus-two");

    [Fact]
    public void Window_ReplayOfAnOlderDay_ShowsTheDateInHeaderAndSectionsTitle()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 120, 30, today: Some.T0.AddDays(3));

        session.Push(Some.Second(10, 5), Some.Window(0, Some.Section("/api", 5)));
        ui.Refresh();

        Assert.Contains("2026-11-23 12:00:11Z", ui.Rows[0], StringComparison.Ordinal);
        Assert.Contains("Sections 2026-11-23 12:00:00–12:00:10Z:", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_Today_ShowsTheTimeOnly()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 120, 30);

        session.Push(Some.Second(10, 5));
        ui.Refresh();

        Assert.Contains("│ 12:00:11Z │", ui.Rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Time_LocalZone_ShowsLocalTimeWithoutZ()
    {
        var display = new TimeDisplay(PlusTwo, new FixedClock(Some.T0));

        Assert.Equal("14:00:00", display.Time(Some.T0));
    }

    [Fact]
    public void Time_LocalZoneAfterMidnight_ShowsTheLocalDate()
    {
        var display = new TimeDisplay(PlusTwo, new FixedClock(Some.T0));

        Assert.Equal("2026-11-24 00:30:00", display.Time(Some.T0.AddHours(10.5)));
    }

    [Fact]
    public void LocalTimeOption_Given_SetsLocalTime()
    {
        var settings = new SettingsOptions();
        var command = new System.CommandLine.RootCommand { settings.LocalTime.Option };

        var options = settings.LocalTime.Apply(new HttpMonitor.Core.Options.MonitorOptions(), command.Parse(["--local-time"]));

        Assert.True(options.LocalTime);
    }

    [Fact]
    public void LocalTimeConfigKey_True_IsRead()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "localTime": true }""");

            Assert.True(HttpMonitor.Core.Options.ConfigFile.Load(file).LocalTime);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
