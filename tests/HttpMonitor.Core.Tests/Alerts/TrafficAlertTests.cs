using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Tests.Support;
using Microsoft.Reactive.Testing;
using static HttpMonitor.Core.Tests.Support.PipelineRun;

namespace HttpMonitor.Core.Tests.Alerts;

public sealed class TrafficAlertTests
{
    // 2 req/s over 10 s: the alert needs more than 20 hits in the last 10 closed seconds.
    private static readonly MonitorOptions Options = new() { AverageTrafficThreshold = 2, TrafficAlertInterval = 10, StatisticsInterval = 1000 };

    private static List<string> Alerts(ITestableObserver<MonitorEvent> observer) =>
        Timeline.Of(observer).Where(e => e.Contains("traffic")).ToList();

    [Fact]
    public void TrafficAlert_AverageExactlyAtThreshold_DoesNotTrigger()
    {
        Assert.Empty(Alerts(Run(Options, Steady(2, 0, 10), until: 30)));
    }

    [Fact]
    public void TrafficAlert_AverageJustAboveThreshold_TriggersWhenTheSecondCloses()
    {
        var arrivals = Steady(2, 0, 10).Append(At(9.5));

        Assert.Equal(["10s 10 traffic triggered 21"], Alerts(Run(Options, arrivals, until: 10.5)));
    }

    [Fact]
    public void TrafficAlert_AverageFallsToThreshold_Recovers()
    {
        // 21 hits in [0,10); at 11 second 0 (2 hits) leaves and second 10 adds 1: 20 = exactly the threshold.
        var arrivals = Steady(2, 0, 10).Append(At(9.5)).Append(At(10));

        Assert.Equal(["10s 10 traffic triggered 21", "11s 11 traffic recovered 20"], Alerts(Run(Options, arrivals, until: 30)));
    }

    [Fact]
    public void TrafficAlert_BeforeAFullWindow_DividesByTheWholeInterval()
    {
        // 21 hits in the first second: 21 / 10 s = 2.1 req/s, above the threshold at once.
        Assert.Equal("1s 1 traffic triggered 21", Alerts(Run(Options, Hits(21, 0), until: 1.5)).Single());
    }

    [Fact]
    public void TrafficAlert_Defaults_TriggerAbove1200HitsIn120Seconds()
    {
        var defaults = new MonitorOptions();

        Assert.Empty(Alerts(Run(defaults, Steady(10, 0, 120), until: 130)));
        Assert.Equal("120s 120 traffic triggered 1201", Alerts(Run(defaults, Steady(10, 0, 120).Append(At(119)), until: 121)).First());
    }

    [Fact]
    public void TrafficAlert_RecoveryDurationAndMessage_AreReported()
    {
        var arrivals = Steady(2, 0, 10).Append(At(9.5));
        var recovery = Run(Options, arrivals, until: 30).Messages.Select(m => m.Value.Value).OfType<AlertEvent>().Last();

        Assert.Equal(AlertState.Recovered, recovery.State);
        Assert.Equal(TimeSpan.FromSeconds(1), recovery.Duration); // at 11 second 0 leaves: 19 hits
        Assert.Equal("High traffic alert recovered - hits = 19, recovered at 2026-11-23T10:00:11Z, lasted 1s", recovery.Message);
    }

    [Fact]
    public void TrafficAlert_WithLowerRecoveryThreshold_StaysUntilBelowIt()
    {
        var hysteresis = Options with { TrafficRecoveryThreshold = 1 };
        // 21 hits by 10 s, then 1 hit a second: the average hovers at or above 1 req/s and then drops below it.
        var arrivals = Steady(2, 0, 10).Append(At(9.5)).Concat(Steady(1, 10, 25));

        Assert.Equal(["10s 10 traffic triggered 21", "26s 26 traffic recovered 9"], Alerts(Run(hysteresis, arrivals, until: 40)));
    }

    [Fact]
    public void TrafficAlert_RecoveringBelowALowerThreshold_ReportsTheThresholdThatApplied()
    {
        var hysteresis = Options with { TrafficRecoveryThreshold = 1 };
        var arrivals = Steady(2, 0, 10).Append(At(9.5)).Concat(Steady(1, 10, 25));

        var alerts = Run(hysteresis, arrivals, until: 40).Messages.Select(m => m.Value.Value).OfType<AlertEvent>().ToList();

        Assert.Equal([(AlertState.Triggered, 2.0), (AlertState.Recovered, 1.0)], alerts.Select(a => (a.State, a.Threshold)));
    }

    [Fact]
    public void TrafficThreshold_LoweredWhileRunning_NextEvaluationUsesIt_WithoutLosingCounts()
    {
        var observer = Run(Options, Steady(1, 0, 10), until: 10.5, during: (wall, changes) =>
            // 9 hits so far at 9.5: 0.9 req/s is above 0.5
            wall.At(9.5, () => changes.OnNext(Options with { AverageTrafficThreshold = 0.5 })));

        Assert.Equal(["10s 10 traffic triggered 10"], Alerts(observer));
    }
}
