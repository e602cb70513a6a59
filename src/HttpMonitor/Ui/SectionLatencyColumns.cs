using HttpMonitor.Core.Collections;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>
/// The sections table's p50, p95 and p99 columns (ms), shown only for a timed log
/// (<see cref="SectionsFormat.ColumnsFor"/>): at a short width they are the first to go.
/// </summary>
internal static class SectionLatencyColumns
{
    public static readonly IReadOnlyList<string> Names = ["p50 ms", "p95 ms", "p99 ms"];

    /// <summary>The cells of a section of a timed log (dashes when none of its hits was timed); null for an untimed log.</summary>
    public static LatencyCells? Cells(LatencySketch? latency, bool timed) => !timed
        ? null
        : latency is { Count: > 0 }
            ? Cells(latency.Percentiles())
            : new("-", "-", "-");

    private static LatencyCells Cells(Percentiles p) =>
        new(LatencyText.Milliseconds(p.P50), LatencyText.Milliseconds(p.P95), LatencyText.Milliseconds(p.P99));
}
