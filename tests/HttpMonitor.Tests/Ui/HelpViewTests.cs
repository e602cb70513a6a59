using HttpMonitor.Tests.Support;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>The help fits the window: its frame always drawn, its lines wrapped rather than cut, scrolled when too long.</summary>
public sealed class HelpViewTests
{
    [Fact]
    public void Help_At40x10_KeepsItsFrame()
    {
        using var ui = new WindowHarness(new FakeSession(), 40, 10);

        ui.Press(Key.F1);

        Assert.Contains(ui.Rows, r => r.Contains('╔', StringComparison.Ordinal) && r.Contains('╗', StringComparison.Ordinal));
        Assert.Contains(ui.Rows, r => r.Contains('╚', StringComparison.Ordinal) && r.Contains('╝', StringComparison.Ordinal));
    }

    [Fact]
    public void Help_At40x10_ScrollsToItsLastLine()
    {
        using var ui = new WindowHarness(new FakeSession(), 40, 10);
        ui.Press(Key.F1);

        for (int i = 0; i < 10; i++)
        {
            ui.Press(Key.PageDown);
        }

        Assert.Contains("threshold.", ui.Screen, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(60, 40)]
    public void Help_AnyWidth_NeverCutsALine(int width, int height)
    {
        using var ui = new WindowHarness(new FakeSession(), width, height);

        ui.Press(Key.F1);

        Assert.Contains("clients (all, last window), vhosts", ui.DialogText, StringComparison.Ordinal);
    }
}
