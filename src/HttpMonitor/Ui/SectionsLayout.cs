using System.Globalization;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>
/// The sections table as lines for a given size: which columns fit and how wide each is, the
/// header, the rows from a scroll offset, and a last line saying how many rows are out of view.
/// </summary>
internal static class SectionsLayout
{
    private const string Gap = " ";

    /// <summary>The columns shown in <paramref name="width"/> columns, in their order, with their widths.</summary>
    public static IReadOnlyList<(SectionColumn Column, int Width)> Fit(IReadOnlyList<SectionColumn> columns, IReadOnlyList<SectionRow> rows, int width)
    {
        var natural = columns.ToDictionary(c => c, c => rows.Select(r => DisplayWidth.Of(c.Cell(r))).Append(DisplayWidth.Of(c.Header)).Max());
        int Narrowest(SectionColumn c) => c.IsPath ? Math.Max(DisplayWidth.Of(c.Header), Math.Min(natural[c], c.MinWidth)) : natural[c];
        int Needed(List<SectionColumn> kept) => kept.Sum(Narrowest) + (kept.Count - 1) * Gap.Length;

        var kept = columns.ToList();
        while (Needed(kept) > width && kept.Exists(c => c.Keep < int.MaxValue))
        {
            int lowest = kept.Where(c => c.Keep < int.MaxValue).Min(c => c.Keep);
            kept.RemoveAll(c => c.Keep == lowest);
        }

        // Spare columns widen the paths, in order, up to their longest cell; a shortfall narrows them.
        int spare = width - Needed(kept);
        var widths = kept.ToDictionary(c => c, Narrowest);
        foreach (var path in kept.Where(c => c.IsPath))
        {
            int change = spare >= 0 ? Math.Min(spare, natural[path] - widths[path]) : Math.Max(spare, 1 - widths[path]);
            widths[path] += change;
            spare -= change;
        }

        return [.. kept.Select(c => (c, widths[c]))];
    }

    /// <summary>How many rows show in <paramref name="height"/> lines: all of them under the header, or one line fewer for the count of those hidden.</summary>
    public static int VisibleRows(int rows, int height) => rows <= height - 1 ? rows : Math.Max(0, height - 2);

    /// <summary>The furthest the rows can scroll: the last row at the bottom.</summary>
    public static int MaxOffset(int rows, int height) => Math.Max(0, rows - VisibleRows(rows, height));

    /// <summary>The header, the rows from <paramref name="offset"/> that fit, and "↑ 2 above · ↓ 5 more" when some are out of view.</summary>
    public static IReadOnlyList<StyledLine> Lines(IReadOnlyList<SectionColumn> columns, IReadOnlyList<SectionRow> rows, int width, int height, int offset)
    {
        if (height <= 0 || width <= 0)
        {
            return [];
        }

        var fitted = Fit(columns, rows, width);
        var lines = new List<StyledLine> { StyledLine.Of(string.Join(Gap, fitted.Select(f => Cell(f.Column, f.Column.Header, f.Width))).TrimEnd(), Tone.Dim) };
        int visible = VisibleRows(rows.Count, height);
        offset = Math.Clamp(offset, 0, MaxOffset(rows.Count, height));
        foreach (var row in rows.Skip(offset).Take(visible))
        {
            lines.Add(StyledLine.Of(string.Join(Gap, fitted.Select(f => Cell(f.Column, f.Column.Cell(row), f.Width))).TrimEnd()));
        }

        if (visible < rows.Count && height >= 2)
        {
            lines.Add(StyledLine.Of(Hidden(offset, rows.Count - offset - visible), Tone.Dim));
        }

        return lines;
    }

    private static string Cell(SectionColumn column, string text, int width) =>
        column.IsPath ? DisplayWidth.PadRight(DisplayWidth.FitMiddle(text, width), width) : DisplayWidth.PadLeft(text, width);

    private static string Hidden(int above, int below) => string.Join(" · ", new[]
    {
        above > 0 ? string.Create(CultureInfo.InvariantCulture, $"↑ {above:N0} above") : "",
        below > 0 ? string.Create(CultureInfo.InvariantCulture, $"↓ {below:N0} more") : "",
    }.Where(part => part.Length > 0)) + " (↑ ↓ PgUp PgDn Home End)";
}
