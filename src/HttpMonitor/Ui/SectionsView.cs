using Terminal.Gui.ViewBase;

namespace HttpMonitor.Ui;

/// <summary>
/// The sections table: a header that stays, the rows below it scrolled by the window's keys, and
/// the count of rows out of view. The scroll position is kept across refreshes: a refresh must not
/// throw the reader back to the top.
/// </summary>
internal sealed class SectionsView : View
{
    private readonly StyledTextView _lines = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
    private IReadOnlyList<SectionRow> _rows = [];
    private int _offset;

    public SectionsView()
    {
        _lines.Render = (width, height) => SectionsLayout.Lines(SectionsFormat.ColumnsFor(_rows), _rows, width, height, _offset);
        Add(_lines);
    }

    // Its lines fill it, and draw every cell of theirs.
    protected override bool OnClearingViewport() => true;

    /// <summary>The rows in view: those from the first row scrolled past.</summary>
    public int Offset => _offset;

    public void Show(IReadOnlyList<SectionRow> rows)
    {
        _rows = rows;
        ScrollTo(_offset);
    }

    /// <summary>Down (+) or up (-) by <paramref name="rows"/>; a page is <see cref="Page"/>.</summary>
    public void ScrollBy(int rows) => ScrollTo(_offset + rows);

    /// <summary>The rows one screen of the table shows.</summary>
    public int Page => Math.Max(1, SectionsLayout.VisibleRows(_rows.Count, _lines.Viewport.Height));

    public void ScrollTo(int offset)
    {
        _offset = Math.Clamp(offset, 0, SectionsLayout.MaxOffset(_rows.Count, _lines.Viewport.Height));
        _lines.SetNeedsDraw();
    }

    public void ScrollToEnd() => ScrollTo(int.MaxValue);
}
