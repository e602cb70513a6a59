using HttpMonitor.Tests.Support;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>Rules added in the dialog of a window over the real live pipeline, in virtual time.</summary>
public sealed class RulesDialogLiveTests
{
    [Fact]
    public void Window_RuleAddedInTheDialog_FiresInTheHeaderAndHistory()
    {
        using var session = new LiveSession(Some.Options);
        using var ui = new WindowHarness(session, 100, 30);
        session.AdvanceTo(2.5);
        RulesDialogTests.AddFirstRule(ui, "errors5", "5xx", "2", "10");
        ui.Press(Key.Enter);

        session.AdvanceTo(3);
        session.Write(3, status: 500);
        session.AdvanceTo(4.5);
        ui.Refresh();

        Assert.Contains("errors5 ALERT", ui.Rows[0], StringComparison.Ordinal);
        Assert.Contains("▲ errors5 generated an alert - 5xx = 3, triggered at 2026-11-23T12:00:04Z", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_DefaultRulesWrittenOutInTheDialog_KeepTheirCountsAndState()
    {
        using var session = new LiveSession(Some.Options with { AverageTrafficThreshold = 1, TrafficAlertInterval = 10 });
        using var ui = new WindowHarness(session, 100, 30);
        session.Write(30);
        session.AdvanceTo(2.5);
        ui.Refresh();
        Assert.Contains("High traffic generated an alert - hits = 30", ui.Screen, StringComparison.Ordinal);

        RulesDialogTests.AddFirstRule(ui, "errors5", "5xx", "2", "10");
        ui.Press(Key.Enter);
        session.AdvanceTo(4.5);
        ui.Refresh();

        // The rule named traffic goes on with the hits seen before (30 over 10 s) and stays firing, not triggered anew.
        Assert.Contains("traffic 3/1 (10s)", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("traffic ALERT", ui.Rows[0], StringComparison.Ordinal);
        Assert.DoesNotContain("traffic generated an alert", ui.Screen.Replace("High traffic generated", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
