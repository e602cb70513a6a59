using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

/// <summary>Rules changed in the window: what the snapshot keeps of their statuses, and what the history says.</summary>
public sealed class RuleChangesTests
{
    private static readonly AlertRuleConfig Traffic = new() { Name = "traffic", Metric = AlertMetric.Rate, Window = 120, Above = 10 };
    private static readonly AlertRuleConfig Api5xx = new() { Name = "api-5xx", Metric = AlertMetric.Ratio5xx, Window = 60, Above = 0.05, Section = "/api" };

    private static MonitorSnapshot WithRules(params AlertRuleConfig[] rules)
    {
        var options = Some.Options with { Alerts = rules };
        return AlertRuleSet.Of(options)
            .Select(r => new AlertStatus(r, Some.T0.AddSeconds(1), 1, 1, Active: false, Held: 0))
            .Aggregate(MonitorSnapshot.Start(options).Fold(Some.Second(0, 1)), (s, status) => s.Fold(status));
    }

    [Fact]
    public void WithOptions_RuleRemoved_ItsStatusIsNoLongerShown()
    {
        var s = WithRules(Traffic, Api5xx);

        s = s.WithOptions(s.Options with { Alerts = [Traffic] });

        Assert.Equal(["traffic"], s.Alerts.Select(a => a.Rule.Name));
    }

    [Fact]
    public void WithOptions_RuleAddedAndThresholdChanged_HistorySaysBoth()
    {
        var s = WithRules(Traffic);

        s = s.WithOptions(s.Options with { Alerts = [Traffic with { Above = 5 }, Api5xx] });

        Assert.Equal("Rules changed at 2026-11-23T12:00:01Z: added api-5xx; traffic threshold 10 → 5 req/s", s.History[^1].Message);
        Assert.Equal(HistoryKind.Settings, s.History[^1].Kind);
    }

    [Fact]
    public void WithOptions_RuleRemoved_HistorySaysWhich()
    {
        var s = WithRules(Traffic, Api5xx);

        s = s.WithOptions(s.Options with { Alerts = [Traffic] });

        Assert.Equal("Rules changed at 2026-11-23T12:00:01Z: removed api-5xx", s.History[^1].Message);
    }

    [Fact]
    public void WithOptions_EveryEditableValueOfARule_IsNamedWithItsUnit()
    {
        var s = WithRules(Api5xx);

        s = s.WithOptions(s.Options with { Alerts = [Api5xx with { Above = 0.1, Recover = 0.02, Window = 120, For = 30 }] });

        Assert.Equal("Rules changed at 2026-11-23T12:00:01Z: api-5xx threshold 0.05 → 0.1, recover none → 0.02, window 60 → 120s, for 0 → 30s", s.History[^1].Message);
    }

    [Fact]
    public void WithOptions_FirstRuleAdded_SaysTheDefaultRulesAreNowRules()
    {
        var s = MonitorSnapshot.Start(Some.Options).Fold(Some.Second(0, 1));

        s = s.WithOptions(s.Options with { Alerts = [Traffic, Traffic with { Name = "errors", Metric = AlertMetric.Errors, Window = 10 }, Api5xx] });

        Assert.Equal("Rules changed at 2026-11-23T12:00:01Z: traffic and errors now explicit rules; added api-5xx", s.History[^1].Message);
    }

    [Fact]
    public void WithOptions_SameRulesInANewList_RecordsNothing()
    {
        var s = WithRules(Traffic, Api5xx);

        s = s.WithOptions(s.Options with { Alerts = [Traffic, Api5xx] });

        Assert.Empty(s.History);
        Assert.Equal(2, s.Alerts.Count);
    }
}
