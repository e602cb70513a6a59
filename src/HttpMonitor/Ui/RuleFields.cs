using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>
/// The selected rule's fields in the thresholds dialog, three to a row, in reading order (the Tab
/// order too). Threshold, recover, window and for can always be edited; name, metric, trigger,
/// section and severity only for a rule added in the dialog.
/// </summary>
internal sealed class RuleFields : View
{
    public const int Rows = 3;

    private const int LabelWidth = 11;

    private static readonly (RuleField Field, string Label)[] Grid =
    [
        (RuleField.Name, "Name:"), (RuleField.Metric, "Metric:"), (RuleField.Trigger, "Trigger:"),
        (RuleField.Threshold, "Threshold:"), (RuleField.Recover, "Recover:"), (RuleField.Window, "Window:"),
        (RuleField.For, "For:"), (RuleField.Section, "Section:"), (RuleField.Severity, "Severity:"),
    ];

    private static readonly RuleField[] OfNewRulesOnly = [RuleField.Name, RuleField.Metric, RuleField.Trigger, RuleField.Section, RuleField.Severity];

    private readonly Dictionary<RuleField, TextField> _fields = [];
    private bool _showing;

    public RuleFields()
    {
        CanFocus = true;
        Height = Rows;
        for (int i = 0; i < Grid.Length; i++)
        {
            var (field, label) = Grid[i];
            var column = Pos.Percent(33 * (i % 3));
            var text = SelectedOnEntry(new TextField { X = column + LabelWidth, Y = i / 3, Width = Dim.Percent(33) - LabelWidth - 1 });
            text.TextChanged += (_, _) =>
            {
                if (!_showing)
                {
                    Changed?.Invoke();
                }
            };
            _fields[field] = text;
            Add(new Label { Text = label, X = column, Y = i / 3 }, text);
        }
    }

    /// <summary>The user typed in a field.</summary>
    public event Action? Changed;

    /// <summary>Shows a rule's values, or, with none selected, empty fields that take no keys.</summary>
    public void Show(RuleDraft? rule)
    {
        _showing = true;
        foreach (var (field, text) in _fields)
        {
            text.Text = rule is null ? "" : ValueOf(rule, field);
            text.Enabled = rule is not null && (rule.IsNew || !OfNewRulesOnly.Contains(field));
        }

        _showing = false;
    }

    /// <summary>The rule with the values typed in its fields.</summary>
    public RuleDraft Read(RuleDraft rule) => rule with
    {
        Name = _fields[RuleField.Name].Text,
        Metric = _fields[RuleField.Metric].Text,
        Trigger = _fields[RuleField.Trigger].Text,
        Threshold = _fields[RuleField.Threshold].Text,
        Recover = _fields[RuleField.Recover].Text,
        Window = _fields[RuleField.Window].Text,
        For = _fields[RuleField.For].Text,
        Section = _fields[RuleField.Section].Text,
        Severity = _fields[RuleField.Severity].Text,
    };

    public void Focus(RuleField field) => _fields[field].SetFocus();

    /// <summary>Entering the field selects its text, so that typing replaces it (a new rule's fields hold defaults).</summary>
    public static TextField SelectedOnEntry(TextField field)
    {
        field.HasFocusChanged += (_, e) =>
        {
            if (e.NewValue)
            {
                field.SelectAll();
            }
        };
        return field;
    }

    private static string ValueOf(RuleDraft rule, RuleField field) => field switch
    {
        RuleField.Name => rule.Name,
        RuleField.Metric => rule.Metric,
        RuleField.Trigger => rule.Trigger,
        RuleField.Threshold => rule.Threshold,
        RuleField.Recover => rule.Recover,
        RuleField.Window => rule.Window,
        RuleField.For => rule.For,
        RuleField.Section => rule.Section,
        _ => rule.Severity,
    };
}
