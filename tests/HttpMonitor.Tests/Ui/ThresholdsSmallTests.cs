using HttpMonitor.Tests.Support;
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
}
