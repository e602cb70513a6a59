using HttpMonitor.Core.Options;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>
/// The thresholds dialog: five fields, "Save to" the config file in use, Cancel and OK. Drawn over
/// the window rather than run as a nested loop, so that the monitor keeps repainting behind it.
/// OK (or Enter) applies all values or, when one is invalid, none, and says why. Saving writes only
/// the fields changed in the dialog: a one-off command-line value in force stays out of the file.
/// </summary>
internal sealed class ThresholdsPanel : View
{
    private const int LabelWidth = 28;

    private readonly TextField _traffic = Field(0);
    private readonly TextField _trafficWindow = Field(1);
    private readonly TextField _errors = Field(2);
    private readonly TextField _errorWindow = Field(3);
    private readonly TextField _statistics = Field(4);
    private readonly CheckBox _save;
    private readonly Label _problem;
    private readonly Func<MonitorOptions> _current;
    private readonly Action<MonitorOptions> _apply;
    private readonly string _configPath;
    private MonitorOptions? _opened;

    /// <param name="current">The options in force.</param>
    /// <param name="apply">Applies the new options to the running monitor (the dialog saves them itself, before).</param>
    /// <param name="configPath">The config file in use (--config, or ./config.json): what "Save to" names and writes.</param>
    public ThresholdsPanel(Func<MonitorOptions> current, Action<MonitorOptions> apply, string configPath)
    {
        _current = current;
        _apply = apply;
        _configPath = configPath;
        Title = "Thresholds";
        BorderStyle = LineStyle.Double;
        X = Pos.Center();
        Y = Pos.Center();
        Width = 60;
        Height = 14;
        CanFocus = true;
        Visible = false;
        Arrangement = ViewArrangement.Overlapped;

        string[] labels = ["Traffic threshold (req/s):", "Traffic window (seconds):", "Error threshold (4xx+5xx):", "Error window (seconds):", "Statistics interval (s):"];
        for (int i = 0; i < labels.Length; i++)
        {
            Add(new Label { Text = labels[i], X = 1, Y = i });
        }

        Add(_traffic, _trafficWindow, _errors, _errorWindow, _statistics);
        _save = new CheckBox { Text = $"Save to {TextFormatFit(configPath)}", X = 1, Y = 6 };
        _problem = new Label { Text = "", X = 1, Y = 8, Width = Dim.Fill(1), Height = 2 };
        _problem.SetScheme(new Scheme(new Terminal.Gui.Drawing.Attribute(ColorName16.BrightRed, ColorName16.Black)));
        var cancel = new Button { Text = "Cancel", X = Pos.Center() - 10, Y = 10 };
        var ok = new Button { Text = "OK", X = Pos.Right(cancel) + 2, Y = 10 };
        cancel.Accepting += (_, e) =>
        {
            e.Handled = true;
            Close();
        };
        ok.Accepting += (_, e) =>
        {
            e.Handled = true;
            Submit();
        };
        Add(_save, _problem, cancel, ok);

        // Enter in a field submits the form.
        Accepting += (_, e) =>
        {
            e.Handled = true;
            Submit();
        };
    }

    public bool IsOpen => Visible;

    public string Problem => _problem.Text;

    public void Open()
    {
        _opened = _current();
        var form = ThresholdsForm.From(_opened);
        _traffic.Text = form.TrafficThreshold;
        _trafficWindow.Text = form.TrafficWindow;
        _errors.Text = form.ErrorThreshold;
        _errorWindow.Text = form.ErrorWindow;
        _statistics.Text = form.StatisticsInterval;
        _save.Value = CheckState.UnChecked;
        _problem.Text = "";
        Visible = true;
        _traffic.SetFocus();
        SetNeedsDraw();
    }

    public void Close()
    {
        Visible = false;
        SuperView?.SetNeedsDraw();
    }

    /// <summary>Checks every field; saves when asked, then applies all of them, or none with the problem shown.</summary>
    public void Submit()
    {
        var form = new ThresholdsForm(_traffic.Text, _trafficWindow.Text, _errors.Text, _errorWindow.Text, _statistics.Text);
        var (options, problem) = form.ApplyTo(_current());
        if (problem is null && _save.Value == CheckState.Checked)
        {
            problem = Save(_opened ?? _current(), options!);
        }

        if (problem is not null)
        {
            _problem.Text = problem;
            return;
        }

        _apply(options!);
        Close();
    }

    /// <summary>Writes what changed since the dialog opened; the problem when the file is not saved.</summary>
    private string? Save(MonitorOptions opened, MonitorOptions changed)
    {
        try
        {
            ConfigFile.Save(_configPath, opened, changed);
            return null;
        }
        catch (ConfigException e)
        {
            return e.Message;
        }
    }

    private static TextField Field(int row) => new() { X = LabelWidth + 2, Y = row, Width = 12 };

    private static string TextFormatFit(string path) => Output.TextFormat.Fit(Output.TerminalText.Escape(path), 40);
}
