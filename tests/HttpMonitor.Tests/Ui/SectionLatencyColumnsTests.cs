using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class SectionLatencyColumnsTests
{
    [Fact]
    public void Rows_TimedLog_CarryP50P95P99InMs()
    {
        var snapshot = Some.Snapshot(SomeTimed.Second(0, "/api/a", 1), Some.Window(0, SomeTimed.Section("/api", 12.5, 12.5, 480)));

        var row = Assert.Single(SectionsFormat.Rows(snapshot, sinceStart: false));

        Assert.Equal(new LatencyCells("12.5", "480", "480"), row.Latency);
    }

    [Fact]
    public void Rows_TimedLogSectionWithoutTimedHits_Dashes()
    {
        var snapshot = Some.Snapshot(SomeTimed.Second(0, "/api/a", 1), Some.Window(0, Some.Section("/static", 4)));

        Assert.Equal(new LatencyCells("-", "-", "-"), Assert.Single(SectionsFormat.Rows(snapshot, sinceStart: true)).Latency);
    }

    [Fact]
    public void Rows_UntimedLog_NoLatencyCells()
    {
        var snapshot = Some.Snapshot(Some.Second(0, 4), Some.Window(0, Some.Section("/static", 4)));

        Assert.Null(Assert.Single(SectionsFormat.Rows(snapshot, sinceStart: false)).Latency);
    }
}
