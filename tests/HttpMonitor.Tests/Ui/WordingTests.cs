using HttpMonitor.Core.Clock;
using HttpMonitor.Output;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

/// <summary>Counts read as English: "1 entry", "2 entries"; the header's rate says what it is.</summary>
public sealed class WordingTests
{
    [Fact]
    public void HistoryTitle_OneEntry_IsSingular() =>
        Assert.Equal("Alert history: 1 entry, newest first ([ older)", HistoryFormat.Title(Some.Snapshot(Some.TrafficTriggered(1, 1300))));

    [Fact]
    public void SectionsTitle_OneHit_IsSingular() =>
        Assert.StartsWith("Sections 12:00:00–12:00:10Z: 1 hit,", SectionsFormat.Title(Some.Snapshot(Some.Window(0, Some.Section("/", 1))), sinceStart: false, Some.Display), StringComparison.Ordinal);

    [Fact]
    public void SectionsTitleSinceStart_OneHit_IsSingular() =>
        Assert.StartsWith("Sections since start: 1 hit ", SectionsFormat.Title(Some.Snapshot(Some.Window(0, Some.Section("/", 1))), sinceStart: true, Some.Display), StringComparison.Ordinal);

    [Fact]
    public void Summary_LastSecondRate_IsLabelled()
    {
        var lines = SummaryFormat.Lines(Some.State(Some.Snapshot(Some.Second(0, 45))), 120, paused: false, showRejected: false, Some.Display);

        Assert.Contains("last second 45 req/s", lines[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TextWindow_OneHitAndOneMoreSection_AreSingular()
    {
        var lines = TextFormat.Window(Some.Window(0, Some.Section("/a", 1), Some.Section("/b", 1)), top: 1).ToList();

        Assert.Contains(" 2 hits ", lines[0], StringComparison.Ordinal);
        Assert.Equal("   … 1 more section", lines[^1]);
        Assert.Contains(" 1 hit ", TextFormat.Window(Some.Window(0, Some.Section("/a", 1)), top: 1).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void TextSummary_OneAlert_IsSingular() =>
        Assert.Equal("summary: 0 lines read, 0 accepted, 0 rejected, 1 alert event; format auto", TextFormat.Summary(new LineCounts(), alerts: 1));
}
