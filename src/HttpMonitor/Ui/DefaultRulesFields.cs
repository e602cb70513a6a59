using HttpMonitor.Core.Options;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>
/// The thresholds dialog's fields with the two default rules in force: their thresholds and
/// windows, and the statistics interval. ("Add a rule…" is the dialog's: it comes after "Save to"
/// in the Tab order, which stays as it always was.)
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

    private static TextField Field(int row) => new() { X = LabelWidth + 2, Y = row, Width = 12 };
}
