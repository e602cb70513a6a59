using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class RulesFormTests
{
    /// <summary>A rule that leaves out its window and for: they stay left out unless changed.</summary>
    private static readonly AlertRuleConfig Silence = new() { Name = "silence", Metric = AlertMetric.Hits, Below = 1 };

    private static readonly MonitorOptions Current = Some.Options with { Alerts = [Silence] };

    private static RuleDraft NewRule(string name = "errors5", string metric = "5xx", string trigger = "above", string threshold = "2", string recover = "", string window = "10") =>
        RuleDraft.New() with { Name = name, Metric = metric, Trigger = trigger, Threshold = threshold, Recover = recover, Window = window };

    private static (MonitorOptions? Options, RuleProblem? Problem) Apply(params RuleDraft[] rules) =>
        new RulesForm([RuleDraft.From(Silence), .. rules], "10").ApplyTo(Current);

    [Fact]
    public void ApplyTo_NothingEdited_KeepsTheRulesInForce()
    {
        var (options, problem) = Apply();

        Assert.Null(problem);
        Assert.Same(Current.Alerts, options!.Alerts);
    }

    [Fact]
    public void ApplyTo_EditedThreshold_ChangesOnlyThatValue()
    {
        var (options, _) = new RulesForm([RuleDraft.From(Silence) with { Threshold = "3" }], "10").ApplyTo(Current);

        Assert.Equal(Silence with { Below = 3 }, Assert.Single(options!.Alerts!));
    }

    [Fact]
    public void ApplyTo_EditedWindowAndFor_AreWrittenOut()
    {
        var (options, _) = new RulesForm([RuleDraft.From(Silence) with { Window = "300", For = "30", Recover = "2" }], "10").ApplyTo(Current);

        Assert.Equal(Silence with { Window = 300, For = 30, Recover = 2 }, Assert.Single(options!.Alerts!));
    }

    [Fact]
    public void ApplyTo_NewRule_ReadsItsFieldsLeavingDefaultsOut()
    {
        var (options, problem) = Apply(NewRule());

        Assert.Null(problem);
        Assert.Equal(new AlertRuleConfig { Name = "errors5", Metric = AlertMetric.Errors5xx, Window = 10, Above = 2 }, options!.Alerts![1]);
    }

    [Fact]
    public void ApplyTo_NewCriticalSectionRule_KeepsSectionAndSeverity()
    {
        var (options, _) = Apply(NewRule() with { Section = " /api ", Severity = "Critical", For = "5" });

        Assert.Equal(("/api", AlertSeverity.Critical, 5), (options!.Alerts![1].Section, options.Alerts[1].Severity, options.Alerts[1].For));
    }

    [Fact]
    public void ApplyTo_StatisticsInterval_IsApplied()
    {
        var (options, _) = new RulesForm([RuleDraft.From(Silence)], "30").ApplyTo(Current);

        Assert.Equal(30, options!.StatisticsInterval);
    }

    [Theory]
    [InlineData("errors5", "5xx", "above", "x", "", "10", "errors5: Threshold: \"x\" is not a number", "Threshold")]
    [InlineData("errors5", "5xx", "above", "", "", "10", "errors5: Threshold: required: a number", "Threshold")]
    [InlineData("", "5xx", "above", "2", "", "10", "New rule: Name: required: a unique name, shown in messages", "Name")]
    [InlineData("silence", "5xx", "above", "2", "", "10", "silence: Name: \"silence\" is the name of an earlier rule: names must be unique", "Name")]
    [InlineData("errors5", "", "above", "2", "", "10", "errors5: Metric: required: type one of rate, hits, errors, 4xx, 5xx", "Metric")]
    [InlineData("", "", "above", "", "", "10", "New rule: Name: required", "Name")]
    [InlineData("errors5", "", "above", "", "", "10", "errors5: Metric: required", "Metric")]
    [InlineData("errors5", "latency", "above", "2", "", "10", "errors5: Metric: \"latency\" is not a metric: type one of rate, hits", "Metric")]
    [InlineData("errors5", "5xx", "over", "2", "", "10", "errors5: Trigger: type above or below, not \"over\"", "Trigger")]
    [InlineData("errors5", "5xx", "above", "2", "3", "10", "errors5: Recover: must not be above the threshold (2), not 3: the alert would end before it began", "Recover")]
    [InlineData("errors5", "5xx", "above", "2", "", "0", "errors5: Window: must be a whole number of seconds from 1 to 86400, not 0", "Window")]
    [InlineData("errors5", "5xx", "above", "2", "", "1.5", "errors5: Window: \"1.5\" is not a whole number of seconds", "Window")]
    public void ApplyTo_BadNewRule_RefusedNamingTheRuleAndField(string name, string metric, string trigger, string threshold, string recover, string window, string expected, string field)
    {
        var (options, problem) = Apply(NewRule(name, metric, trigger, threshold, recover, window));

        Assert.Null(options);
        Assert.StartsWith(expected, problem!.Message, StringComparison.Ordinal);
        Assert.Equal((1, field), (problem.Rule, problem.Field.ToString()));
    }

    [Fact]
    public void ApplyTo_BadStatisticsInterval_RefusedNamingTheField()
    {
        var (options, problem) = new RulesForm([RuleDraft.From(Silence)], "0").ApplyTo(Current);

        Assert.Null(options);
        Assert.Equal(new RuleProblem("Statistics interval: must be a whole number of seconds above 0, not 0", -1, RuleField.StatisticsInterval), problem);
    }
}
