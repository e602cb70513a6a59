using System.Globalization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>
/// The thresholds dialog: with the default rules in force, their five fields and "Add a rule…";
/// with rules, the list of rules and the selected rule's fields (<see cref="RulesEditor"/>). Below
/// either, "Save to" the config file in use, Cancel and OK. Drawn over the window rather than run as
/// a nested loop, so that the monitor keeps repainting behind it. OK (or Enter) applies all values
/// or, when one is invalid, none, and says why. Saving writes only what was changed in the dialog:
/// a one-off command-line value in force stays out of the file.
/// </summary>
internal sealed class ThresholdsPanel : View
{
    /// <summary>
    /// Rows below the editors: "Save to"; "Add a rule…" (default rules) or a third row for the
    /// problem or hint (rules); two for a problem or a hint; the buttons.
    /// </summary>
    private const int ClosingRows = 5;

    /// <summary>The smallest window in which the rules' editor shows every field (its list shrinks to one row).</summary>
    private const int RulesMinWidth = 60, RulesMinHeight = 15;

    private readonly DefaultRulesFields _defaults = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(ClosingRows) };
    private readonly RulesEditor _rules = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(ClosingRows), Visible = false };
    private readonly CheckBox _save;
    private readonly Button _addRule = new() { Text = "Add a rule…", X = 1, Y = Pos.AnchorEnd(ClosingRows - 1) };
    private readonly Label _addRuleNote;
    private readonly Label _problem = Message(ColorName16.BrightRed);
    private readonly Label _hint = Message(ColorName16.Gray);
    private readonly Label _tooSmall = new() { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill(ClosingRows), Visible = false };
    private bool _rulesShown;
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
        // As large as the content wants, within the window: from 60x15 the rules' list shrinks, the fields stay.
        Width = Dim.Func(_ => Math.Min(SuperView?.Viewport.Width ?? 60, RulesShown ? 84 : 60));
        Height = Dim.Func(_ => Math.Min(SuperView?.Viewport.Height ?? 15, 2 + ClosingRows + (RulesShown ? _rules.WantedRows : DefaultRulesFields.Rows)));
        CanFocus = true;
        Visible = false;
        Arrangement = ViewArrangement.Overlapped;

        _save = new CheckBox { Text = $"Save to {TextFormatFit(configPath)}", X = 1, Y = Pos.AnchorEnd(ClosingRows) };
        _addRule.Accepting += (_, e) =>
        {
            e.Handled = true;
            SwitchToRules();
        };
        _addRuleNote = new Label { Text = "traffic and errors become rules too", X = Pos.Right(_addRule) + 1, Y = Pos.AnchorEnd(ClosingRows - 1) };
        var cancel = new Button { Text = "Cancel", X = Pos.Center() - 10, Y = Pos.AnchorEnd(1) };
        var ok = new Button { Text = "OK", X = Pos.Right(cancel) + 2, Y = Pos.AnchorEnd(1) };
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
        _rules.RuleAdded += () => Say(problem: "", hint: NewRuleHint);
        Add(_defaults, _rules, _tooSmall, _save, _addRule, _addRuleNote, _problem, _hint, cancel, ok);
        ViewportChanged += (_, _) => FitRules();

        // Enter in a field submits the form.
        Accepting += (_, e) =>
        {
            e.Handled = true;
            Submit();
        };
    }

    public bool IsOpen => Visible;

    public string Problem => _problem.Text;

    /// <summary>Whether the rules are listed (rules in force, or a first one added), rather than the default rules' fields.</summary>
    public bool RulesShown => _rulesShown;

    public void Open()
    {
        _opened = _current();
        _save.Value = CheckState.UnChecked;
        Say(problem: "", hint: "");
        Visible = true;
        if (_opened.Alerts is { } rules)
        {
            ShowRules(rules.Select(RuleDraft.From), _opened.StatisticsInterval);
        }
        else
        {
            Show(rules: false);
            _defaults.Load(_opened);
            _defaults.FocusFirst();
        }
    }

    public void Close()
    {
        Visible = false;
        SuperView?.SetNeedsDraw();
    }

    /// <summary>Checks every field; saves when asked, then applies all of them, or none with the problem shown.</summary>
    public void Submit()
    {
        var (options, problem) = RulesShown ? RulesOptions() : _defaults.Form.ApplyTo(_current());
        if (problem is null && _save.Value == CheckState.Checked)
        {
            problem = Save(_opened ?? _current(), options!);
        }

        if (problem is not null)
        {
            Say(problem, hint: "");
            return;
        }

        _apply(options!);
        Close();
    }

    /// <summary>"Add a rule…": the default rules, with the values typed, become rules of their own, and a new rule follows them.</summary>
    private void SwitchToRules()
    {
        var (options, problem) = _defaults.Form.ApplyTo(_current());
        if (problem is not null)
        {
            Say(problem, hint: "");
            return;
        }

        ShowRules(RuleDraft.OfDefaultRules(options!), options!.StatisticsInterval);
        _rules.AddRule();
        Say(problem: "", hint: "traffic and errors are now rules of their own. " + NewRuleHint);
    }

    /// <summary>What a new rule's fields take that cannot be guessed.</summary>
    private static string NewRuleHint =>
        $"Metrics: {string.Join(" ", AlertMetricNames.All)}; trigger above or below; severity warning or critical";

    private void ShowRules(IEnumerable<RuleDraft> rules, int statisticsInterval)
    {
        Show(rules: true);
        _rules.Load(rules, statisticsInterval.ToString(CultureInfo.InvariantCulture));
        _rules.SetFocus();
    }

    /// <summary>The rules' editor, or the default rules' fields with "Add a rule…"; with rules, the problem may take three rows.</summary>
    private void Show(bool rules)
    {
        _rulesShown = rules;
        FitRules();
        _defaults.Visible = !rules;
        _addRule.Visible = _addRuleNote.Visible = !rules;
        int rows = rules ? 3 : 2;
        foreach (var message in new[] { _problem, _hint })
        {
            message.Y = Pos.AnchorEnd(rows + 1);
            message.Height = rows;
        }

        SetNeedsLayout();
    }

    /// <summary>
    /// The rules' editor where it fits; in a smaller window, a line saying the size it needs
    /// instead of fields cut to nothing. It comes back when the window grows.
    /// </summary>
    private void FitRules()
    {
        var room = SuperView?.Viewport.Size ?? new System.Drawing.Size(RulesMinWidth, RulesMinHeight);
        bool fits = room.Width >= RulesMinWidth && room.Height >= RulesMinHeight;
        _tooSmall.Text = string.Create(CultureInfo.InvariantCulture,
            $"Editing rules needs at least {RulesMinWidth}x{RulesMinHeight} (now {room.Width}x{room.Height}): make the terminal larger, or edit \"alerts\" in the config.");
        _rules.Visible = _rulesShown && fits;
        _tooSmall.Visible = _rulesShown && !fits;
    }

    private (MonitorOptions? Options, string? Problem) RulesOptions()
    {
        var (options, problem) = _rules.Form.ApplyTo(_current());
        if (problem is not null)
        {
            _rules.ShowProblem(problem);
        }

        return (options, problem?.Message);
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

    /// <summary>A problem (in red) or, when there is none, a hint, in the two rows above the buttons.</summary>
    private void Say(string problem, string hint)
    {
        _problem.Text = problem;
        _hint.Text = hint;
        _hint.Visible = problem.Length == 0;
    }

    private static Label Message(ColorName16 color)
    {
        var label = new Label { Text = "", X = 1, Y = Pos.AnchorEnd(3), Width = Dim.Fill(1), Height = 2 };
        label.SetScheme(new Scheme(new Terminal.Gui.Drawing.Attribute(color, ColorName16.Black)));
        return label;
    }

    private static string TextFormatFit(string path) => Output.TextFormat.Fit(Output.TerminalText.Escape(path), 40);
}
