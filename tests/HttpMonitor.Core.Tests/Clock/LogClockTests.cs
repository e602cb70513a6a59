using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
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

        var seconds = events.OfType<SecondTotals>().Select(s => Support.Timeline.Describe(s, Some.Start)).ToList();
        Assert.Equal(["second 0 hits=1", "second 1 hits=0", "second 2 hits=0", "second 3 hits=0", "second 4 hits=0", "second 5 hits=2", "second 6 hits=1"], seconds);
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

        var timeline = Timeline(events);
        Assert.Equal(12, counts.Accepted);
        Assert.Contains("1 traffic triggered 11", timeline);
        Assert.Contains("11 traffic recovered 0", timeline);       // second 0 left the 10 s window
        Assert.Equal(5 * 360 + 1, timeline.Count(e => e.StartsWith("stats"))); // every window of the gap, then the partial one
        Assert.Equal("stats 18000-18001 partial hits=1", timeline[^1]);
    }

    [Fact]
    public void LiveClock_WithoutLines_StillClosesSecondsAndRecovers()
    {
        using var clock = new LogClock();
        var events = new List<MonitorEvent>();
        using var subscription = clock.Entries
            .ToMonitorEvents(new System.Reactive.Subjects.BehaviorSubject<MonitorOptions>(Options), clock.Scheduler)
            .Subscribe(events.Add);
        foreach (var _ in Enumerable.Range(0, 11))
        {
            clock.Accept(Some.Entry() with { Timestamp = Some.Start });
        }

        clock.AdvanceTo(Some.Start.AddSeconds(0.999)); // the heartbeat: wall clock less the tolerance
        Assert.DoesNotContain(events, e => e is AlertEvent);

        clock.AdvanceTo(Some.Start.AddSeconds(30.5)); // the log went silent
        var alerts = events.OfType<AlertEvent>().Select(a => Support.Timeline.Describe(a, Some.Start)).ToList();
        Assert.Equal(["1 traffic triggered 11", "11 traffic recovered 0"], alerts); // at 10 second 0 is still in the window
        Assert.Equal(3, events.OfType<WindowStats>().Count());
    }

    [Fact]
    public void LiveClock_AHeartbeatBeforeTheFirstLine_DoesNotStartTheClock()
    {
        using var clock = new LogClock();
        clock.AdvanceTo(Some.Start);

        Assert.False(clock.Started);
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
