using HttpMonitor.Core.Collections;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>
/// The sections table's p50, p95 and p99 columns (ms), shown only for a timed log and only when all
/// three fit beside the other columns: at a short width they are the first to go.
/// </summary>
internal static class SectionLatencyColumns
{
    public static readonly IReadOnlyList<string> Names = ["p50 ms", "p95 ms", "p99 ms"];

    /// <summary>The cells of a section of a timed log (dashes when none of its hits was timed); null for an untimed log.</summary>
    public static LatencyCells? Cells(LatencySketch? latency, bool timed) => !timed
        ? null
        : latency is { Count: > 0 }
            ? new(LatencyText.Milliseconds(latency.Quantile(0.50)), LatencyText.Milliseconds(latency.Quantile(0.95)), LatencyText.Milliseconds(latency.Quantile(0.99)))
            : new("-", "-", "-");

    /// <summary>
    /// Adds the three columns to <paramref name="columns"/> when a row has latency cells and the table,
    /// each column as wide as its widest cell (at most its <paramref name="maxWidths"/>) plus a space, fits in <paramref name="width"/>.
    /// </summary>
    public static void AddWhenRoom(
        Dictionary<string, Func<SectionRow, object>> columns, IReadOnlyList<SectionRow> rows, int width, Func<int, int> maxWidths)
    {
        if (!rows.Any(r => r.Latency is not null))
        {
            return;
        }

        KeyValuePair<string, Func<SectionRow, object>>[] latency =
        [
            new(Names[0], r => r.Latency?.P50 ?? ""),
            new(Names[1], r => r.Latency?.P95 ?? ""),
            new(Names[2], r => r.Latency?.P99 ?? ""),
        ];
        if (Width([.. columns, .. latency], rows, maxWidths) <= width)
        {
            foreach (var (name, cell) in latency)
            {
                columns[name] = cell;
            }
        }
    }

    private static int Width(KeyValuePair<string, Func<SectionRow, object>>[] columns, IReadOnlyList<SectionRow> rows, Func<int, int> maxWidths) =>
        columns.Select((column, index) => Math.Min(maxWidths(index), rows.Select(r => column.Value(r).ToString()!.Length).Append(column.Key.Length).Max()) + 1).Sum();
}
