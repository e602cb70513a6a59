using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class HistoryFormatTests
{
    [Fact]
    public void Lines_WideEnough_NewestFirstOneLineEach()
    {
        var s = Some.Snapshot(Some.TrafficTriggered(10, 1500), Some.TrafficRecovered(40, 1100, 30));

        ScreenAssert.LinesEqual(
            [
                "▼ High traffic alert recovered - hits = 1100, recovered at 2026-11-23T12:00:40Z, lasted 30s",
                "▲ High traffic generated an alert - hits = 1500, triggered at 2026-11-23T12:00:10Z",
            ],
            HistoryFormat.Lines(s, 120, 5));
    }

    [Fact]
    public void Lines_Narrow_WrapsAtSpacesNeverCuts()
    {
        var s = Some.Snapshot(Some.TrafficTriggered(10, 1500));

        ScreenAssert.LinesEqual(
            [
                "▲ High traffic generated an alert - hits = 1500,",
                "  triggered at 2026-11-23T12:00:10Z",
            ],
            HistoryFormat.Lines(s, 50, 5));
    }

    [Fact]
    public void Lines_MoreThanFits_ShowsTheNewest()
    {
        var s = Some.Snapshot(Some.TrafficTriggered(10, 1500), Some.TrafficRecovered(40, 1100, 30), Some.TrafficTriggered(50, 1600));

        var lines = HistoryFormat.Lines(s, 200, 1);

        Assert.Equal("▲ High traffic generated an alert - hits = 1600, triggered at 2026-11-23T12:00:50Z", Assert.Single(lines).ToString());
    }

    [Fact]
    public void Lines_TriggerAndRecovery_HaveDifferentColors()
    {
        var s = Some.Snapshot(Some.TrafficTriggered(10, 1500), Some.TrafficRecovered(40, 1100, 30));

        var lines = HistoryFormat.Lines(s, 200, 2);

        Assert.Equal(Tone.Recovered, lines[0].Runs[0].Tone);
        Assert.Equal(Tone.Alert, lines[1].Runs[0].Tone);
    }

    [Fact]
    public void Lines_Empty_SaysHistoryStays()
    {
        Assert.Equal("No alert since start. Triggers and recoveries appear here and stay.", Assert.Single(HistoryFormat.Lines(Some.Snapshot(), 80, 3)).ToString());
    }

    [Fact]
    public void Lines_Skip_ShowsOlderEntries()
    {
        var s = Some.Snapshot(Some.TrafficTriggered(10, 1500), Some.TrafficRecovered(40, 1100, 30), Some.TrafficTriggered(50, 1600));

        var lines = HistoryFormat.Lines(s, 200, 1, skip: 2);

        Assert.Equal("▲ High traffic generated an alert - hits = 1500, triggered at 2026-11-23T12:00:10Z", Assert.Single(lines).ToString());
    }
}
