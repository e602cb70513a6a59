using HttpMonitor.Core.Options;
using System.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>
/// The thresholds dialog's fields with the two default rules in force: their thresholds and
/// windows, and the statistics interval. ("Add a rule…" is the dialog's: it comes after "Save to"
/// in the Tab order, which stays as it always was.) In a short terminal it shows the rows it can
/// and scrolls to the field that takes the focus.
/// </summary>
internal sealed class DefaultRulesFields : View
{
    /// <summary>The fields and a blank row below them.</summary>
    public const int Rows = 6;

    private const int LabelWidth = 28;

    private readonly TextField _traffic = Field(0);
    private readonly TextField _trafficWindow = Field(1);
    private readonly TextField _errors = Field(2);
    private readonly TextField _errorWindow = Field(3);
    private readonly TextField _statistics = Field(4);

    public DefaultRulesFields()
    {
        CanFocus = true;
        string[] labels = ["Traffic threshold (req/s):", "Traffic window (seconds):", "Error threshold (4xx+5xx):", "Error window (seconds):", "Statistics interval (s):"];
        for (int i = 0; i < labels.Length; i++)
        {
            Add(new Label { Text = labels[i], X = 1, Y = i });
        }

        Add(_traffic, _trafficWindow, _errors, _errorWindow, _statistics);
        SetContentSize(new Size(LabelWidth + 2 + 12, Rows));
        foreach (var field in new[] { _traffic, _trafficWindow, _errors, _errorWindow, _statistics })
        {
            field.HasFocusChanged += (_, e) =>
            {
                if (e.NewValue)
                {
                    ScrollTo(field.Frame.Y);
                }
            };
        }
    }

    public ThresholdsForm Form => new(_traffic.Text, _trafficWindow.Text, _errors.Text, _errorWindow.Text, _statistics.Text);

    public void Load(MonitorOptions options)
    {
        var form = ThresholdsForm.From(options);
        _traffic.Text = form.TrafficThreshold;
        _trafficWindow.Text = form.TrafficWindow;
        _errors.Text = form.ErrorThreshold;
        _errorWindow.Text = form.ErrorWindow;
        _statistics.Text = form.StatisticsInterval;
    }

    public void FocusFirst() => _traffic.SetFocus();

    /// <summary>Scrolls the fewest rows that bring <paramref name="row"/> into view.</summary>
    private void ScrollTo(int row)
    {
        int top = Viewport.Y;
        if (row < top)
        {
            top = row;
        }
        else if (row >= top + Viewport.Height)
        {
            top = row - Viewport.Height + 1;
        }

        Viewport = Viewport with { Y = Math.Max(0, top) };
    }

    private static TextField Field(int row) => new() { X = LabelWidth + 2, Y = row, Width = 12 };
}
