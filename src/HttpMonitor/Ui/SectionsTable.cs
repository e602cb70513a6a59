using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>The sections table: the rows of <see cref="SectionsFormat"/>, numbers right-aligned, its scroll position kept across refreshes.</summary>
internal sealed class SectionsTable : TableView
{
    private IReadOnlyList<SectionRow> _rows = [];
    private int _shownWidth;

    public SectionsTable()
    {
        FullRowSelect = true;
        Style.ShowHorizontalHeaderOverline = false;
        Style.ShowHorizontalBottomLine = false;
        Style.ShowVerticalCellLines = false;
        Style.ShowVerticalHeaderLines = false;
        Style.ExpandLastColumn = false;
        foreach (int column in (int[])[1, 2, 3, 4, 5, 7, 8, 9, 10])
        {
            Style.GetOrCreateColumnStyle(column).Alignment = Alignment.End;
        }

        Style.GetOrCreateColumnStyle(0).MaxWidth = 24;
        // Whether the latency columns fit depends on the width: a resize shows the rows again.
        ViewportChanged += (_, _) =>
        {
            if (Viewport.Width != _shownWidth && _rows.Any(r => r.Latency is not null))
            {
                Show(_rows);
            }
        };
    }

    /// <summary>New rows, same scroll position (a refresh must not throw the reader back to the top).</summary>
    public void Show(IReadOnlyList<SectionRow> rows)
    {
        _rows = rows;
        _shownWidth = Viewport.Width;
        int rowOffset = RowOffset;
        int columnOffset = ColumnOffset;
        var columns = new Dictionary<string, Func<SectionRow, object>>
        {
            [SectionsFormat.Columns[0]] = r => r.Section,
            [SectionsFormat.Columns[1]] = r => r.Hits,
            [SectionsFormat.Columns[2]] = r => r.Share,
            [SectionsFormat.Columns[3]] = r => r.Errors4xx,
            [SectionsFormat.Columns[4]] = r => r.Errors5xx,
            [SectionsFormat.Columns[5]] = r => r.Bytes,
            [SectionsFormat.Columns[6]] = r => r.Heaviest,
            [SectionsFormat.Columns[7]] = r => r.Size,
        };
        SectionLatencyColumns.AddWhenRoom(columns, rows, _shownWidth, c => Style.GetColumnStyleIfAny(c)?.MaxWidth ?? MaxCellWidth);
        Table = new EnumerableTableSource<SectionRow>(rows, columns);
        RowOffset = rowOffset;
        ColumnOffset = columnOffset;
        EnsureValidScrollOffsets();
        SetNeedsDraw();
    }
}
