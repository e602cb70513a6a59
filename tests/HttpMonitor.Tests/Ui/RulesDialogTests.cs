using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>The thresholds dialog with alert rules: listing, editing, adding, removing and checking them.</summary>
public sealed class RulesDialogTests
{
    private static readonly AlertRuleConfig Traffic = new() { Name = "traffic", Metric = AlertMetric.Rate, Window = 120, Above = 10 };

    private static readonly AlertRuleConfig Api5xx = new()
    {
        Name = "api-5xx", Metric = AlertMetric.Ratio5xx, Window = 60, Above = 0.05, Recover = 0.02, For = 30, MinRequests = 50, Section = "/api", Severity = AlertSeverity.Critical,
    };

    private static FakeSession WithRules(params AlertRuleConfig[] rules)
    {
        var session = new FakeSession();
        session.Set(Some.State(MonitorSnapshot.Start(Some.Options with { Alerts = rules })));
        return session;
    }

    /// <summary>From the default rules' dialog: "Add a rule…", then the new rule's name, metric, threshold and window.</summary>
    internal static void AddFirstRule(WindowHarness ui, string name, string metric, string threshold, string window)
    {
        ui.Press(Key.F2);
        for (int i = 0; i < 6; i++)
        {
            ui.Press(Key.Tab); // the four other fields, "Save to", "Add a rule…"
        }

        ui.Press(Key.Enter);
        TypeNewRule(ui, name, metric, threshold, window);
    }

    /// <summary>With the cursor in a new rule's name: its name, metric, (trigger kept) threshold, (no recover) window.</summary>
    private static void TypeNewRule(WindowHarness ui, string name, string metric, string threshold, string window)
    {
        ui.Type(name);
        ui.Press(Key.Tab);
        ui.Type(metric);
        ui.Press(Key.Tab);
        ui.Press(Key.Tab);
        ui.Type(threshold);
        ui.Press(Key.Tab);
        ui.Press(Key.Tab);
        ui.Type(window);
    }

    [Fact]
    public void Dialog_DefaultRules_ShowsTheirFieldsAndAWayToAddARule()
    {
        using var ui = new WindowHarness(new FakeSession(), 60, 15);

        ui.Press(Key.F2);

        Assert.Matches(@"Error window \(seconds\): +10", ui.Screen);
        Assert.Contains("Add a rule… ⟧▖ traffic and errors become rules too", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_AddARule_ListsTheDefaultRulesAsRulesWithTheirValuesAndANewOne()
    {
        var session = new FakeSession();
        session.Set(Some.State(MonitorSnapshot.Start(Some.Options with { AverageTrafficThreshold = 5, TrafficAlertInterval = 30 })));
        using var ui = new WindowHarness(session, 100, 30);
        ui.Press(Key.F2);
        for (int i = 0; i < 6; i++)
        {
            ui.Press(Key.Tab);
        }

        ui.Press(Key.Enter);

        Assert.Matches(@"traffic +rate +above 5 +- +30s +0s +warning +all", ui.Screen);
        Assert.Matches(@"errors +errors +above 10 +- +10s +0s +warning +all", ui.Screen);
        Assert.Matches(@"\(new\) +above +- +60s", ui.Screen);
        Assert.Contains("traffic and errors are now rules of their own", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_FirstRuleAdded_AppliesTheDefaultRulesWrittenOutAndTheNewOne()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 60, 15);

        AddFirstRule(ui, "errors5", "5xx", "2", "10");
        ui.Press(Key.Enter);

        Assert.Equal(
            [Traffic, new AlertRuleConfig { Name = "errors", Metric = AlertMetric.Errors, Window = 10, Above = 10 }, new AlertRuleConfig { Name = "errors5", Metric = AlertMetric.Errors5xx, Window = 10, Above = 2 }],
            Assert.Single(session.Applied).Alerts!);
        Assert.False(ui.Window.ThresholdsOpen);
        Assert.Contains("• Rules changed: traffic and errors now explicit rules;", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_WithRules_ListsEveryRuleWithItsValues()
    {
        using var ui = new WindowHarness(WithRules(Traffic, Api5xx), 100, 30);

        ui.Press(Key.F2);

        Assert.Matches(@"rule +metric +trigger +recover +window +for +severity +section", ui.Screen);
        Assert.Matches(@"traffic +rate +above 10 +- +120s +0s +warning +all", ui.Screen);
        Assert.Matches(@"api-5xx +5xxRatio +above 0\.05 +0\.02 +60s +30s +critical +/api", ui.Screen);
    }

    [Fact]
    public void Dialog_SecondRuleThresholdEdited_OnlyItChanges()
    {
        var session = WithRules(Traffic, Api5xx);
        using var ui = new WindowHarness(session, 100, 30);
        ui.Press(Key.F2);

        ui.Press(Key.CursorDown);
        ui.Press(Key.Tab); // name, metric and trigger of a rule in force are not typed: the threshold is next
        ui.Type("0.1");
        ui.Press(Key.Enter);

        Assert.Equal([Traffic, Api5xx with { Above = 0.1 }], Assert.Single(session.Applied).Alerts!);
    }

    [Fact]
    public void Dialog_TypingInARulesField_UpdatesItsRowInTheList()
    {
        using var ui = new WindowHarness(WithRules(Traffic, Api5xx), 100, 30);
        ui.Press(Key.F2);

        ui.Press(Key.Tab);
        ui.Type("7.5");

        Assert.Matches(@"traffic +rate +above 7\.5 ", ui.Screen);
    }

    [Fact]
    public void Dialog_Remove_TakesTheSelectedRuleOut()
    {
        var session = WithRules(Traffic, Api5xx);
        using var ui = new WindowHarness(session, 100, 30);
        ui.Press(Key.F2);
        ui.Press(Key.CursorDown);
        for (int i = 0; i < 6; i++)
        {
            ui.Press(Key.Tab); // threshold, recover, window, for, Add, Remove
        }

        ui.Press(Key.Enter);
        Assert.DoesNotContain("api-5xx", ui.Screen, StringComparison.Ordinal);
        ui.Press(Key.Enter);

        Assert.Equal([Traffic], Assert.Single(session.Applied).Alerts!);
    }

    [Fact]
    public void Dialog_AddWithRules_AppendsANewRule()
    {
        var session = WithRules(Traffic);
        using var ui = new WindowHarness(session, 100, 30);
        ui.Press(Key.F2);
        for (int i = 0; i < 5; i++)
        {
            ui.Press(Key.Tab); // threshold, recover, window, for, Add
        }

        ui.Press(Key.Enter);
        TypeNewRule(ui, "slow", "p95", "800", "60");
        ui.Press(Key.Enter);

        Assert.Equal(new AlertRuleConfig { Name = "slow", Metric = AlertMetric.P95, Window = 60, Above = 800 }, Assert.Single(session.Applied).Alerts![1]);
    }

    [Fact]
    public void Dialog_BadValue_RefusedNamingRuleAndFieldWithTheCursorInIt()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 60, 15);
        AddFirstRule(ui, "errors5", "5xx", "lots", "10");

        ui.Press(Key.Enter);
        Assert.Equal("errors5: Threshold: \"lots\" is not a number", ui.Window.ThresholdsProblem);
        Assert.Empty(session.Applied);
        ui.Type("2");
        ui.Press(Key.Enter);

        Assert.Equal(2, Assert.Single(session.Applied).Alerts![2].Above);
    }

    [Fact]
    public void Dialog_Esc_ClosesTheRulesDialogApplyingNothing()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 60, 15);
        AddFirstRule(ui, "errors5", "5xx", "2", "10");

        ui.Press(Key.Esc);

        Assert.False(ui.Window.ThresholdsOpen);
        Assert.True(ui.Window.IsRunning);
        Assert.Empty(session.Applied);
    }

    [Fact]
    public void Dialog_ManyRulesAt60x15_TheSelectedRuleItsFieldsAndOkStayInView()
    {
        var rules = Enumerable.Range(1, 9).Select(i => Traffic with { Name = $"rule{i}", Above = i }).ToArray();
        using var ui = new WindowHarness(WithRules(rules), 60, 15);
        ui.Press(Key.F2);

        for (int i = 0; i < 8; i++)
        {
            ui.Press(Key.CursorDown);
        }

        ui.Press(Key.Tab);
        ui.Type("42");

        Assert.Matches(@"rule9 +rate +above 42", ui.Screen);
        Assert.Matches(@"Threshold: 42", ui.Screen);
        Assert.Contains("OK", ui.Rows[^2], StringComparison.Ordinal);
    }
}
