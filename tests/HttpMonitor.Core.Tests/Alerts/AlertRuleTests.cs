using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.PipelineRun;

namespace HttpMonitor.Core.Tests.Alerts;

/// <summary>Config.json's alert rules, in virtual time: each metric, "for", below-rules, filters, undefined values.</summary>
public sealed class AlertRuleTests
{
    private static List<string> Alerts(MonitorOptions options, IEnumerable<(double, string)> arrivals, double until, string rule) =>
        Timeline.Of(Run(options, arrivals, until: until)).Where(e => e.Contains($" {rule} ", StringComparison.Ordinal)).ToList();

    private static MonitorOptions With(params AlertRuleConfig[] rules) => new() { StatisticsInterval = 1000, Alerts = rules };

    [Fact]
    public void ErrorRatio_AboveTheThreshold_Triggers_AndBelowMinRequestsIsUndefined()
    {
        // One 500 among 2 hits a second: a ratio of 0.5 over 20 s. With minRequests 30 it is
        // undefined until 30 hits are in the window (at 15), and an undefined value never triggers.
        var rule = new AlertRuleConfig { Name = "ratio", Metric = AlertMetric.ErrorRatio, Window = 20, Above = 0.4, MinRequests = 30 };
        var arrivals = Steady(1, 0, 40).Concat(Steady(1, 0, 40, status: 500));

        Assert.Equal(["15s 15 ratio triggered 0.5"], Alerts(With(rule), arrivals, 30, "ratio"));
    }

    [Fact]
    public void For_TriggersWhenTheConditionHeldAtEveryEvaluationOfItsSeconds()
    {
        // Above 1 req/s from the first second on; for 5 s: six evaluations, 1 to 6.
        var rule = new AlertRuleConfig { Name = "busy", Metric = AlertMetric.Rate, Window = 1, Above = 1, For = 5 };

        Assert.Equal(["6s 6 busy triggered 2"], Alerts(With(rule), Steady(2, 0, 20), 10, "busy"));
    }

    [Fact]
    public void For_AfterARecovery_StartsAgain()
    {
        // 2 req/s in [0,10) and [12,30); a quiet second at 10 and 11 recovers it at 11.
        var rule = new AlertRuleConfig { Name = "busy", Metric = AlertMetric.Rate, Window = 1, Above = 1, For = 3 };
        var arrivals = Steady(2, 0, 10).Concat(Steady(2, 12, 30));

        Assert.Equal(["4s 4 busy triggered 2", "11s 11 busy recovered 0", "16s 16 busy triggered 2"], Alerts(With(rule), arrivals, 20, "busy"));
    }

    [Fact]
    public void Below_RateOfASilentLog_TriggersAtTheExactSecond_AndRecoversWhenTrafficComesBack()
    {
        // Silence: below 0.5 req/s over 10 s. At the start the divisor is the whole window too, so the
        // rule holds until 5 hits are in (SEMANTICS: "fewer at the start; the divisor stays W"; a
        // "for" as long as the window avoids that). Traffic stops after second 29: the rate drops
        // below 0.5 at 36 (4 hits in [26,36)); it comes back at 60, and stops again after 79.
        var rule = new AlertRuleConfig { Name = "silence", Metric = AlertMetric.Rate, Window = 10, Below = 0.5 };
        var arrivals = Steady(1, 0, 30).Concat(Steady(1, 60, 80));

        Assert.Equal(
            ["1s 1 silence triggered 0.1", "5s 5 silence recovered 0.5", "36s 36 silence triggered 0.4", "65s 65 silence recovered 0.5", "86s 86 silence triggered 0.4"],
            Alerts(With(rule), arrivals, 90, "silence"));
    }

    [Fact]
    public void Below_InAGapOfHoursInAReplay_TriggersAtTheExactSecond()
    {
        var rule = new AlertRuleConfig { Name = "silence", Metric = AlertMetric.Hits, Window = 10, Below = 1, For = 20 };
        var log = ReplayRun.Lines(Some.Line(0), Some.Line(3 * 3600));

        var (events, _) = ReplayRun.Of(log, With(rule));

        // Second 0 leaves the window at 11; the condition then holds at 11, 12, … and has held 21 times at 31.
        Assert.Contains("31 silence triggered 0", ReplayRun.Timeline(events));
    }

    [Fact]
    public void SectionFilter_OnlyThatSectionsHitsCount()
    {
        var rule = new AlertRuleConfig { Name = "api", Metric = AlertMetric.Hits, Window = 10, Above = 5, Section = "/api" };
        var arrivals = Steady(3, 0, 10).Concat(Enumerable.Range(0, 6).Select(s => At(s + 0.5, "/api/x")));

        Assert.Equal(["6s 6 api triggered 6"], Alerts(With(rule), arrivals, 8, "api"));
    }

    [Fact]
    public void UndefinedValue_CountsAsRecovered()
    {
        // All errors, then no traffic: the ratio becomes undefined once the window is empty, which recovers the alert.
        var rule = new AlertRuleConfig { Name = "ratio", Metric = AlertMetric.Ratio5xx, Window = 5, Above = 0.5 };

        Assert.Equal(["1s 1 ratio triggered 1", "10s 10 ratio recovered undefined"], Alerts(With(rule), Steady(1, 0, 5, status: 503), 20, "ratio"));
    }

    [Fact]
    public void Recover_BelowTheThreshold_HoldsTheAlertUntilItIsReached()
    {
        var rule = new AlertRuleConfig { Name = "errors5", Metric = AlertMetric.Errors5xx, Window = 5, Above = 4, Recover = 1 };
        var arrivals = Steady(1, 0, 5, status: 500).Concat(Steady(1, 5, 30, status: 500).Where((_, i) => i % 2 == 0));

        // 5 in [0,5) triggers at 5; alternate seconds keep 2 or 3 in the window, above the recovery level 1, until the end.
        Assert.Equal(["5s 5 errors5 triggered 5"], Alerts(With(rule), arrivals, 29, "errors5"));
    }

    [Fact]
    public void BytesRate_And4xx_AreTheirCounts()
    {
        var bytes = new AlertRuleConfig { Name = "bandwidth", Metric = AlertMetric.BytesRate, Window = 2, Above = 150 };
        var notFound = new AlertRuleConfig { Name = "missing", Metric = AlertMetric.Errors4xx, Window = 2, Above = 2 };
        var arrivals = new[] { At(0.5, "/a", 404, 100), At(0.6, "/a", 404, 100), At(1.5, "/a", 404, 200) };

        var timeline = Timeline.Of(Run(With(bytes, notFound), arrivals, until: 5));

        Assert.Equal(["2s 2 bandwidth triggered 200", "2s 2 missing triggered 3", "3s 3 bandwidth recovered 100", "3s 3 missing recovered 1"], timeline);
    }

    [Fact]
    public void Threshold_ChangedWhileRunning_AppliesAtTheNextSecond_OverTheCountsSeen()
    {
        var rule = new AlertRuleConfig { Name = "busy", Metric = AlertMetric.Hits, Window = 10, Above = 100 };
        var options = With(rule);
        var observer = Run(options, Steady(1, 0, 20), until: 10.5, during: (wall, changes) =>
            wall.At(9.5, () => changes.OnNext(options with { Alerts = [rule with { Above = 5 }] })));

        Assert.Equal(["10s 10 busy triggered 10"], Timeline.Of(observer));
    }
}
