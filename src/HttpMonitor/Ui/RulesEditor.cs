using System.Collections.ObjectModel;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>
/// The rules part of the thresholds dialog: the list of rules (one row each), the selected rule's
/// fields below it, Add and Remove, and the statistics interval. What is typed goes into the
/// rule's <see cref="RuleDraft"/> at once, so the list row follows the fields. The list takes the
/// rows the dialog has left: at 15 rows it shows four rules and scrolls, the fields stay in view.
/// </summary>
internal sealed class RulesEditor : View
{
    /// <summary>Rows besides the list's: its header, the fields and the row of buttons.</summary>
    public const int FixedRows = 1 + RuleFields.Rows + 1;

    private readonly List<RuleDraft> _rules = [];
    private readonly ObservableCollection<string> _rows = [];
    private readonly ListView _list;
    private readonly RuleFields _fields = new();
    private readonly TextField _statistics;
    private int _selected = -1;

    public RulesEditor()
    {
        CanFocus = true;
        var header = new Label { Text = RuleDraft.Header, X = 0, Y = 0, Width = Dim.Fill() };
        _list = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(RuleFields.Rows + 1) };
        _list.SetSource(_rows);
        _list.ValueChanged += (_, e) => Select(e.NewValue ?? -1);
        _list.FrameChanged += (_, _) => ShowAsManyRulesAsFit();
        _fields.X = 0;
        _fields.Y = Pos.AnchorEnd(RuleFields.Rows + 1);
        _fields.Width = Dim.Fill();
        _fields.Changed += Typed;

        var add = new Button { Text = "Add", X = 0, Y = Pos.AnchorEnd(1) };
        add.Accepting += (_, e) =>
        {
            e.Handled = true;
            AddRule();
        };
        var remove = new Button { Text = "Remove", X = Pos.Right(add) + 1, Y = Pos.AnchorEnd(1) };
        remove.Accepting += (_, e) =>
        {
            e.Handled = true;
            RemoveRule();
        };
        var label = new Label { Text = "Statistics interval (s):", X = Pos.Right(remove) + 2, Y = Pos.AnchorEnd(1) };
        _statistics = RuleFields.SelectedOnEntry(new TextField { X = Pos.Right(label) + 1, Y = Pos.AnchorEnd(1), Width = 8 });
        Add(header, _list, _fields, add, remove, label, _statistics);
    }

    /// <summary>A new rule was added to the list.</summary>
    public event Action? RuleAdded;

    /// <summary>The rules listed, in order.</summary>
    public IReadOnlyList<RuleDraft> Rules => _rules;

    public RulesForm Form => new([.. _rules], _statistics.Text);

    /// <summary>Lists <paramref name="rules"/>, the first selected.</summary>
    public void Load(IEnumerable<RuleDraft> rules, string statisticsInterval)
    {
        _rules.Clear();
        _rules.AddRange(rules);
        _rows.Clear();
        _rules.ForEach(r => _rows.Add(r.Row()));
        _statistics.Text = statisticsInterval;
        _selected = -1;
        Select(_rules.Count > 0 ? 0 : -1);
    }

    /// <summary>A new rule at the end of the list, selected, the cursor in its name.</summary>
    public void AddRule()
    {
        _rules.Add(RuleDraft.New());
        _rows.Add(_rules[^1].Row());
        Select(_rules.Count - 1);
        _fields.Focus(RuleField.Name);
        RuleAdded?.Invoke();
    }

    /// <summary>Takes the selected rule out of the list; the next one (or the last) is selected.</summary>
    public void RemoveRule()
    {
        if (_selected < 0)
        {
            return;
        }

        int removed = _selected;
        _selected = -1;
        _rules.RemoveAt(removed);
        _rows.RemoveAt(removed);
        Select(Math.Min(removed, _rules.Count - 1));
        _list.SetFocus();
    }

    /// <summary>Selects the rule of <paramref name="problem"/> and puts the cursor in its field.</summary>
    public void ShowProblem(RuleProblem problem)
    {
        if (problem.Field == RuleField.StatisticsInterval)
        {
            _statistics.SetFocus();
            return;
        }

        Select(problem.Rule);
        _fields.Focus(problem.Field);
    }

    /// <summary>The rows this editor would like: all rules in the list (at least three rows), and the rest.</summary>
    public int WantedRows => Math.Max(3, _rules.Count) + FixedRows;

    private void Select(int index)
    {
        if (index == _selected && (index < 0 || _list.SelectedItem == index))
        {
            return;
        }

        _selected = index;
        if (index >= 0 && _list.SelectedItem != index)
        {
            _list.SelectedItem = index;
        }

        _fields.Show(index >= 0 ? _rules[index] : null);
    }

    /// <summary>
    /// Scrolls the list so that the selected rule is in view and no row is left empty while rules
    /// are out of view: a rule selected before the list had its height must not leave the rules
    /// above it hidden.
    /// </summary>
    private void ShowAsManyRulesAsFit()
    {
        int height = _list.Viewport.Height;
        if (height <= 0)
        {
            return;
        }

        int top = Math.Clamp(_list.Viewport.Y, 0, Math.Max(0, _rules.Count - height));
        top = _selected < 0 ? top : Math.Clamp(top, Math.Max(0, _selected - height + 1), _selected);
        if (top != _list.Viewport.Y)
        {
            _list.Viewport = _list.Viewport with { Y = top };
        }
    }

    private void Typed()
    {
        if (_selected >= 0)
        {
            _rules[_selected] = _fields.Read(_rules[_selected]);
            _rows[_selected] = _rules[_selected].Row();
        }
    }
}
