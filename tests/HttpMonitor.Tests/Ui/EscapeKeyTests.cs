using HttpMonitor.Tests.Support;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>Esc closes what is open, and quits only when nothing is.</summary>
public sealed class EscapeKeyTests
{
    [Fact]
    public void Esc_RejectedLineShown_ClosesItAndKeepsRunning()
    {
        var session = new FakeSession();
        session.Set(Some.State(Some.Snapshot(), rejected: 1, latestRejected: "garbage"));
        using var ui = new WindowHarness(session);
        ui.Press(Key.R);
        Assert.Contains("latest rejected: garbage", ui.Screen, StringComparison.Ordinal);

        ui.Press(Key.Esc);

        Assert.DoesNotContain("latest rejected", ui.Screen, StringComparison.Ordinal);
        Assert.False(ui.Window.StopRequested);
    }

    [Fact]
    public void Esc_HelpShown_ClosesItAndKeepsRunning()
    {
        using var ui = new WindowHarness(new FakeSession());
        ui.Press(Key.F1);

        ui.Press(Key.Esc);

        Assert.DoesNotContain("this help", ui.Screen, StringComparison.Ordinal);
        Assert.False(ui.Window.StopRequested);
    }

    [Fact]
    public void Esc_NothingOpen_Quits()
    {
        using var ui = new WindowHarness(new FakeSession());

        ui.Press(Key.Esc);

        Assert.True(ui.Window.StopRequested);
    }
}
