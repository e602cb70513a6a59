using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.PipelineRun;

namespace HttpMonitor.Core.Tests.Pipeline;

public sealed class StatisticsWindowTests
{
    private static readonly MonitorOptions Options = new() { StatisticsInterval = 10 };

    [Fact]
    public void Window_ClosesAtItsBoundary_NotOneTickBefore()
    {
        var before = Run(Options, Hits(3, 0), until: 10 - 1e-7);
        var at = Run(Options, Hits(3, 0), until: 10.000001);

        Assert.DoesNotContain(Timeline.Of(before), e => e.Contains("stats"));
        Assert.Contains("10s stats 0-10 hits=3", Timeline.Of(at));
    }

    [Fact]
    public void Windows_TileTimeFromTheFirstLinesSecond()
    {
        var timeline = Timeline.Of(Run(Options, Hits(1, 3.5, 12, 13), until: 24));

        Assert.Equal(["13s stats 3-13 hits=2", "23s stats 13-23 hits=1"], timeline);
    }

    [Fact]
    public void EmptyWindow_IsStillReported()
    {
        var timeline = Timeline.Of(Run(Options, Hits(2, 0, 25), until: 40));

        Assert.Equal(["10s stats 0-10 hits=2", "20s stats 10-20 hits=0", "30s stats 20-30 hits=2"], timeline);
    }

    [Fact]
    public void LastUnfinishedWindow_IsReportedPartialAtEndOfInput()
    {
        // End of input at 14: the clock stops there (the driver moved it to the end of the last line's second).
        var timeline = Timeline.Of(Run(Options, Hits(1, 2, 13), completeAt: 14));

        Assert.Equal(["12s stats 2-12 hits=1", "14s stats 12-14 partial hits=1", "14s completed"], timeline);
    }

    [Fact]
    public void EndOfInputOnABoundary_ReportsNoPartialWindow()
    {
        var timeline = Timeline.Of(Run(Options, Hits(1, 0, 9), completeAt: 10));

        Assert.Equal(["10s stats 0-10 hits=2", "10s completed"], timeline);
    }

    [Fact]
    public void NoLines_NoClock_NoWindows()
    {
        var timeline = Timeline.Of(Run(Options, [], completeAt: 50));

        Assert.Equal(["50s completed"], timeline);
    }

    [Fact]
    public void Window_CountsErrorsAndBytes_AndRanksSections()
    {
        var arrivals = new[] { At(0, "/b/1", 200, 10), At(1, "/a/1", 404, 20), At(2, "/b/2", 503, 30), At(3, "/a/2", 200, 5), At(4, "/c", 200, 1) };
        var observer = Run(Options, arrivals, until: 11);
        var window = observer.Messages.Select(m => m.Value.Value).OfType<WindowStats>().Single();

        Assert.Equal((5L, 1L, 1L, 66L), (window.Hits, window.Errors4xx, window.Errors5xx, window.Bytes));
        Assert.Equal(["/a", "/b", "/c"], window.Sections.Select(s => s.Section)); // 2, 2, 1 hits: ties by name
        Assert.Equal(("/b/2", 30L), (window.Sections[1].HeaviestPath, window.Sections[1].HeaviestBytes));
    }

    [Fact]
    public void HeaviestDocument_OnATie_TheFirstSeenWins()
    {
        var arrivals = new[] { At(0, "/s/first", 200, 50), At(5, "/s/second", 200, 50), At(6, "/s/small", 200, 1) };
        var window = Run(Options, arrivals, until: 11).Messages.Select(m => m.Value.Value).OfType<WindowStats>().Single();

        Assert.Equal("/s/first", window.Sections.Single().HeaviestPath);
    }

    [Fact]
    public void StatisticsInterval_ChangedWhileRunning_AppliesFromTheNextWindow()
    {
        var observer = Run(Options, Hits(1, 0, 12), until: 21, during: (wall, changes) =>
            wall.At(5, () => changes.OnNext(Options with { StatisticsInterval = 5 })));

        Assert.Equal(["10s stats 0-10 hits=1", "15s stats 10-15 hits=1", "20s stats 15-20 hits=0"], Timeline.Of(observer));
    }
}
