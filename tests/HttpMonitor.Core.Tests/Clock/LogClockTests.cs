using System.Reactive;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.ReplayRun;

namespace HttpMonitor.Core.Tests.Clock;

public sealed class LogClockTests
{
    private static readonly MonitorOptions Options = new() { StatisticsInterval = 10, AverageTrafficThreshold = 1, TrafficAlertInterval = 10 };

    [Fact]
    public void LateLine_CountsInTheSecondThatIsOpen()
    {
        // The line stamped 2 s arrives after one stamped 5 s: the clock never goes back.
        var (events, _) = Of(Lines(Some.Line(0), Some.Line(5), Some.Line(2), Some.Line(6)), Options);

        var seconds = events.OfType<ClosedSecond>().Select(s => Support.Timeline.Describe(s, Some.Start)).ToList();
        Assert.Equal(["second 0 hits=1", "quiet 1-5", "second 5 hits=2", "second 6 hits=1"], seconds);
    }

    [Fact]
    public void Clock_StartsAtTheFirstAcceptedLinesSecond_RejectedLinesDoNotMoveIt()
    {
        var (events, counts) = Of(Lines("garbage before", Some.Line(3), "garbage after"), Options);

        Assert.Equal(["stats 3-4 partial hits=1"], Timeline(events));
        Assert.Equal((3L, 1L, 2L), (counts.Lines, counts.Accepted, counts.Rejected));
    }

    [Fact]
    public void LinesFromEarlierThanTheFirst_CountAtTheStart()
    {
        var (events, _) = Of(Lines(Some.Line(10), Some.Line(1)), Options);

        Assert.Equal(["stats 10-11 partial hits=2"], Timeline(events));
    }

    [Fact]
    public void EndOfInput_ClosesTheLastLinesSecond_AndEvaluatesAlertsThere()
    {
        // 11 hits in the last second: 1.1 req/s over 10 s is above 1: the alert fires as the clock reaches 1 s.
        var (events, _) = Of(Lines(Enumerable.Repeat(Some.Line(0), 11).ToArray()), Options);

        Assert.Equal(["1 traffic triggered 11", "stats 0-1 partial hits=11"], Timeline(events)); // the partial window comes with end of input
    }

    [Fact]
    public void GapOfHours_NeitherStallsNorLosesTime_AlertsRecoverInTheGap()
    {
        var burst = Enumerable.Repeat(Some.Line(0), 11);
        var (events, counts) = Of(Lines([.. burst, Some.Line(5 * 3600)]), Options);

        // Second 0 leaves the 10 s window at 11: the alert recovers inside the gap, at its exact second.
        Assert.Equal(12, counts.Accepted);
        Assert.Equal(
            ["1 traffic triggered 11", "stats 0-10 hits=11", "11 traffic recovered 0", "gap 10-18000 windows=1799", "stats 18000-18001 partial hits=1"],
            Timeline(events));
    }

    [Theory]
    [InlineData(3000)]
    [InlineData(9998)]
    public void GapOfCenturies_IsOneGap_FoldedInWorkBoundedByTheWindows(int year)
    {
        // Seconds folded one by one would take hours; a run of empty seconds is folded at once.
        var far = new DateTimeOffset(year, 12, 30, 10, 0, 0, TimeSpan.Zero);
        long seconds = (long)(far - Some.Start).TotalSeconds;

        var (events, counts) = Of(Lines(Some.Line(0), Some.Line(far)), Options);

        Assert.Equal(2, counts.Accepted);
        Assert.Equal(["stats 0-10 hits=1", $"gap 10-{seconds} windows={(seconds - 10) / 10}", $"stats {seconds}-{seconds + 1} partial hits=1"], Timeline(events));
    }

    [Fact]
    public void LineOnTheLastDayOfYear9999_IsRejected_ForItsSecondCouldNotEnd()
    {
        var (events, counts) = Of(Lines(Some.Line(0), "1.2.3.4 - - [31/Dec/9999:23:59:59 +0000] \"GET / HTTP/1.1\" 200 1"), Options);

        Assert.Equal((1L, 1L), (counts.Accepted, counts.Rejected));
        Assert.Equal(["stats 0-1 partial hits=1"], Timeline(events));
    }

    [Fact]
    public void LongFields_AreKeptBoundedInBytes_DistinctOnesStayDistinct()
    {
        // 30 KB sections and paths: each window would otherwise hold every one of them whole.
        string Long(int i) => "/" + new string('s', 30_000) + i + "/" + new string('p', 30_000);
        var (events, _) = Of(Lines(Some.Line(0, Long(1)), Some.Line(0, Long(2))), Options);

        var window = events.OfType<WindowStats>().Single();
        Assert.Equal(2, window.Sections.Count);
        Assert.All(window.Sections, s => Assert.True(s.Section.Length <= 256 && s.HeaviestPath.Length <= 256, s.Section[..20]));
    }

    [Fact]
    public void LiveClock_WithoutLines_StillClosesSecondsAndRecovers()
    {
        // 11 lines at 0, then the log goes silent: the wall clock moves the clock on.
        var observer = PipelineRun.Run(Options, PipelineRun.Hits(11, 0), until: 30.5);

        Assert.Equal(
            ["1s 1 traffic triggered 11", "10s stats 0-10 hits=11", "11s 11 traffic recovered 0", "20s stats 10-20 hits=0", "30s stats 20-30 hits=0"],
            Support.Timeline.Of(observer));
    }

    [Fact]
    public void LiveClock_TrailsTheWallClockByTheTolerance()
    {
        // A line stamped 9 and written 1.5 s late still counts in its own second: the clock is 2 s
        // behind the wall, so the window [0, 10) closes at 12 with both lines.
        var arrivals = new[] { PipelineRun.At(0), (10.5, Some.Line(9)) };

        Assert.Equal(["12s stats 0-10 hits=2"], Support.Timeline.Of(PipelineRun.Run(Options, arrivals, until: 13, tolerance: 2)));
        Assert.Equal(["10s stats 0-10 hits=1"], Support.Timeline.Of(PipelineRun.Run(Options, arrivals, until: 13, tolerance: 0)));
    }

    [Fact]
    public void LiveClock_LineStampedHoursAhead_CountsAsIfStampedNow_AndWindowsGoOn()
    {
        // A server clock 3 h fast, or a forged line, at 5.5: it counts in second 5, and the clock
        // does not leap 3 h ahead: every later line still lands in its own window.
        var ahead = (5.5, Some.Line(Some.Start.AddHours(3)));
        var counts = new LineCounts();

        var observer = PipelineRun.Run(Options, PipelineRun.Steady(1, 0, 30).Append(ahead), until: 30.5, counts: counts);

        Assert.Equal(
            ["10s stats 0-10 hits=11", "20s stats 10-20 hits=10", "30s stats 20-30 hits=10"],
            Support.Timeline.Of(observer).Where(e => e.Contains("stats", StringComparison.Ordinal)));
        Assert.Equal((31L, 1L), (counts.Accepted, counts.Future));
    }

    [Fact]
    public void Replay_LineStampedFarAhead_KeepsItsStamp()
    {
        var (events, counts) = Of(Lines(Some.Line(0), Some.Line(3600)), Options);

        Assert.Equal("stats 3600-3601 partial hits=1", Timeline(events)[^1]);
        Assert.Equal(0, counts.Future);
    }

    [Fact]
    public void LiveClock_AHeartbeatBeforeTheFirstLine_DoesNotStartTheClock()
    {
        var clock = new LogClock(Observer.Create<ClosedSecond>(_ => { }));
        clock.AdvanceTo(Some.Start);

        Assert.False(clock.Started);
    }

    [Fact]
    public void Second_ClosesWhenTheClockReachesItsEnd_NotOneTickBefore()
    {
        var closed = new List<ClosedSecond>();
        var clock = new LogClock(Observer.Create<ClosedSecond>(closed.Add));
        Accept(clock, Some.Line(0));

        clock.AdvanceTo(Some.Start.AddSeconds(1).AddTicks(-1));
        Assert.Empty(closed);

        clock.AdvanceTo(Some.Start.AddSeconds(1));
        Assert.Equal((Some.Start, 1L), (closed.Single().Start, closed.Single().Tally.Hits));
    }

    [Fact]
    public void LineAtTheEndOfASecond_CountsInTheNextOne()
    {
        var closed = new List<ClosedSecond>();
        var clock = new LogClock(Observer.Create<ClosedSecond>(closed.Add));
        Accept(clock, Some.Line(0));
        Accept(clock, Some.Line(1));
        clock.Complete();

        Assert.Equal([1L, 1L], closed.Select(s => s.Tally.Hits));
    }

    [Fact]
    public void Complete_OnASecondTheClockHasJustReached_AddsNoEmptySecond()
    {
        var closed = new List<ClosedSecond>();
        var clock = new LogClock(Observer.Create<ClosedSecond>(closed.Add));
        Accept(clock, Some.Line(0));
        clock.AdvanceTo(Some.Start.AddSeconds(1));

        clock.Complete();

        Assert.Single(closed);
    }

    private static void Accept(LogClock clock, string line)
    {
        Assert.Equal(LineKind.Accepted, new LogLineParser().ParseInPlace(Some.Utf8(line), out var parsed));
        clock.Accept(parsed);
    }

    [Fact]
    public void TimeZones_CompareAsInstants()
    {
        // 12:00:05 +0200 is 10:00:05 UTC: five seconds after the first line, not two hours.
        var plusTwo = Some.Start.ToOffset(TimeSpan.FromHours(2)).AddSeconds(5);
        var (events, _) = Of(Lines(Some.Line(0), Some.Line(plusTwo)), Options);

        Assert.Equal(["stats 0-6 partial hits=2"], Timeline(events));
    }
}
