using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace HttpMonitor.Ui;

/// <summary>
/// The help over the window: as wide as its longest line when the window allows, else its lines
/// wrapped; as tall as they are when the window allows, else scrolled by ↑ ↓ PgUp PgDn with the
/// last row saying how many lines are below. It always keeps its frame.
/// </summary>
internal sealed class HelpView : View
{
    private readonly StyledTextView _text = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly IReadOnlyList<WindowKey> _keys;
    private int _offset;

    public HelpView(IReadOnlyList<WindowKey> keys)
    {
        _keys = keys;
        Title = "Help";
        BorderStyle = LineStyle.Double;
        X = Pos.Center();
        Y = Pos.Center();
        Visible = false;
        Width = Dim.Func(_ => Math.Min(HelpFormat.Width + 2, SuperView?.Viewport.Width ?? HelpFormat.Width + 2));
        Height = Dim.Func(_ => Math.Min(HelpFormat.Lines(_keys, InnerWidth).Count + 2, SuperView?.Viewport.Height ?? 24));
        _text.Render = Render;
        Add(_text);
    }

    /// <summary>Shows it from the top.</summary>
    public void Open()
    {
        _offset = 0;
        Visible = true;
    }

    public void Close()
    {
        Visible = false;
        SuperView?.SetNeedsDraw();
    }

    /// <summary>A key while the help is shown: the arrows and pages scroll a help too long for the window; any other key closes it.</summary>
    public void Take(Key key)
    {
        int lines = key == Key.CursorDown ? 1 : key == Key.CursorUp ? -1 : key == Key.PageDown ? 5 : key == Key.PageUp ? -5 : 0;
        if (lines == 0 || !ScrollBy(lines))
        {
            Close();
        }
    }

    /// <summary>Down (+) or up (-) by <paramref name="lines"/>, within the help's lines; false when all of it is in view.</summary>
    private bool ScrollBy(int lines)
    {
        int count = HelpFormat.Lines(_keys, _text.Viewport.Width).Count;
        int max = count > _text.Viewport.Height ? count - (_text.Viewport.Height - 1) : 0;
        int offset = Math.Clamp(_offset + lines, 0, max);
        bool moved = offset != _offset;
        _offset = offset;
        _text.SetNeedsDraw();
        return moved || max > 0;
    }

    /// <summary>The page the help shows: its lines from the offset; the last row says how many are below, when some are.</summary>
    private IReadOnlyList<StyledLine> Render(int width, int height)
    {
        var lines = HelpFormat.Lines(_keys, width);
        if (lines.Count <= height)
        {
            return lines;
        }

        _offset = Math.Clamp(_offset, 0, lines.Count - height + 1);
        var page = lines.Skip(_offset).Take(Math.Max(0, height - 1)).ToList();
        int below = lines.Count - _offset - page.Count;
        page.Add(StyledLine.Of(below > 0 ? $"↓ {below} more (↓ PgDn; other keys close)" : "↑ PgUp; other keys close", Tone.Dim));
        return page;
    }

    /// <summary>The columns inside the frame.</summary>
    private int InnerWidth => Math.Max(1, Math.Min(HelpFormat.Width + 2, SuperView?.Viewport.Width ?? HelpFormat.Width + 2) - 2);
}
