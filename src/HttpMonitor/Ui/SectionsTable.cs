using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>The sections table: the rows of <see cref="SectionsFormat"/>, numbers right-aligned, its scroll position kept across refreshes.</summary>
internal sealed class SectionsTable : TableView
{
    public SectionsTable()
    {
        FullRowSelect = true;
        Style.ShowHorizontalHeaderOverline = false;
        Style.ShowHorizontalBottomLine = false;
        Style.ShowVerticalCellLines = false;
        Style.ShowVerticalHeaderLines = false;
        Style.ExpandLastColumn = false;
        foreach (int column in (int[])[1, 2, 3, 4, 5, 7])
        {
            Style.GetOrCreateColumnStyle(column).Alignment = Alignment.End;
        }

        Style.GetOrCreateColumnStyle(0).MaxWidth = 24;
    }

    /// <summary>New rows, same scroll position (a refresh must not throw the reader back to the top).</summary>
    public void Show(IReadOnlyList<SectionRow> rows)
    {
        int rowOffset = RowOffset;
        int columnOffset = ColumnOffset;
        Table = new EnumerableTableSource<SectionRow>(rows, new Dictionary<string, Func<SectionRow, object>>
        {
            [SectionsFormat.Columns[0]] = r => r.Section,
            [SectionsFormat.Columns[1]] = r => r.Hits,
            [SectionsFormat.Columns[2]] = r => r.Share,
            [SectionsFormat.Columns[3]] = r => r.Errors4xx,
            [SectionsFormat.Columns[4]] = r => r.Errors5xx,
            [SectionsFormat.Columns[5]] = r => r.Bytes,
            [SectionsFormat.Columns[6]] = r => r.Heaviest,
            [SectionsFormat.Columns[7]] = r => r.Size,
        });
        RowOffset = rowOffset;
        ColumnOffset = columnOffset;
        EnsureValidScrollOffsets();
        SetNeedsDraw();
    }
}
