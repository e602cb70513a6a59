using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>The thresholds dialog in a 40x10 terminal (issue 22, item 9): it keeps its frame and scrolls to the field being edited.</summary>
public sealed class ThresholdsSmallTests
{
    [Fact]
    public void Dialog_At40x10_ScrollsToTheFieldBeingEdited()
    {
        using var ui = new WindowHarness(new FakeSession(), 40, 10);
        ui.Press(Key.F2);

        for (int i = 0; i < 4; i++)
        {
            ui.Press(Key.Tab); // traffic window, error threshold, error window, statistics interval
        }

        Assert.Contains(ui.Rows, r => r.Contains("Statistics interval", StringComparison.Ordinal) && r.Contains("10", StringComparison.Ordinal));
        Assert.Contains(ui.Rows, r => r.Contains('╔', StringComparison.Ordinal) && r.Contains("Thresholds", StringComparison.Ordinal));
    }

    [Fact]
    public void Dialog_At40x10_BackToTheFirstField_ScrollsBack()
    {
        using var ui = new WindowHarness(new FakeSession(), 40, 10);
        ui.Press(Key.F2);
        for (int i = 0; i < 4; i++)
        {
            ui.Press(Key.Tab);
        }

        for (int i = 0; i < 4; i++)
        {
            ui.Press(Key.Tab.WithShift);
        }

        Assert.Contains(ui.Rows, r => r.Contains("Traffic threshold", StringComparison.Ordinal));
    }

    [Fact]
    public void Dialog_At40x10_FieldsAreWideEnoughToShowTheirValue()
    {
        using var ui = new WindowHarness(new FakeSession(), 40, 10);

        ui.Press(Key.F2);

        Assert.Contains(ui.Rows, r => r.Contains("Traffic threshold (req/s):", StringComparison.Ordinal) && r.Contains(" 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Dialog_WithRulesAt40x10_SaysTheSizeItNeeds_InsteadOfCutFields()
    {
        using var ui = new WindowHarness(WithRules(), 40, 10);

        ui.Press(Key.F2);

        Assert.Contains("Editing rules needs at least 60x15", ui.DialogText, StringComparison.Ordinal);
        Assert.DoesNotContain("Threshold:", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_WithRulesAt40x10_Enlarged_ShowsTheRules()
    {
        using var ui = new WindowHarness(WithRules(), 40, 10);
        ui.Press(Key.F2);

        ui.Resize(100, 30);

        Assert.Contains("silence", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("Threshold:", ui.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Editing rules needs", ui.Screen, StringComparison.Ordinal);
    }

    private static FakeSession WithRules()
    {
        var session = new FakeSession();
        AlertRuleConfig silence = new() { Name = "silence", Metric = AlertMetric.Hits, Below = 1, Window = 300 };
        session.Set(Some.State(MonitorSnapshot.Start(Some.Options with { Alerts = [silence] })));
        return session;
    }
}
