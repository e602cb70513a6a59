using System.Globalization;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>The sections table: the last closed window, or every window since start, ranked by hits.</summary>
internal static class SectionsFormat
{
    /// <summary>
    /// The table's columns, in order. As the width shrinks, paths are shortened first, then the
    /// columns of the lowest <see cref="SectionColumn.Keep"/> go: the heaviest document with its
    /// size, the share, the bytes, 4xx, 5xx; the section and its hits always stay. A new optional
    /// column (a latency percentile, say) takes a <see cref="SectionColumn.Keep"/> below 30 to go first.
    /// </summary>
    public static readonly IReadOnlyList<SectionColumn> Columns =
    [
        new("section", r => r.Section, int.MaxValue, IsPath: true, MinWidth: 8),
        new("hits", r => r.Hits, 90),
        new("share", r => r.Share, 40),
        new("4xx", r => r.Errors4xx, 60),
        new("5xx", r => r.Errors5xx, 70),
        new("bytes", r => r.Bytes, 50),
        new("heaviest", r => r.Heaviest, 30, IsPath: true, MinWidth: 12),
        new("size", r => r.Size, 30),
    ];

    /// <summary>The p50, p95 and p99 columns of a timed log: after the bytes, the first to go when narrow (all three together).</summary>
    private static readonly IReadOnlyList<SectionColumn> WithLatency =
    [
        .. Columns.Take(6),
        new(SectionLatencyColumns.Names[0], r => r.Latency?.P50 ?? "", 20),
        new(SectionLatencyColumns.Names[1], r => r.Latency?.P95 ?? "", 20),
        new(SectionLatencyColumns.Names[2], r => r.Latency?.P99 ?? "", 20),
        .. Columns.Skip(6),
    ];

    /// <summary>The columns for these rows: with the latency columns when the log is timed (its rows have latency cells).</summary>
    public static IReadOnlyList<SectionColumn> ColumnsFor(IReadOnlyList<SectionRow> rows) =>
        rows.Any(r => r.Latency is not null) ? WithLatency : Columns;

    public static string Title(MonitorSnapshot s, bool sinceStart, TimeDisplay time) =>
        sinceStart
            ? string.Create(CultureInfo.InvariantCulture, $"Sections since start: {Plural.Of(s.SinceStart.Tally.Hits, "hit")} [s: last window]")
            : s.LastWindow is { } w
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Sections {time.Span(w.Start, w.End)}: {Plural.Of(w.Hits, "hit")}, 4xx {w.Errors4xx:N0}, 5xx {w.Errors5xx:N0} [s: since start]")
                : $"Sections: no statistics window closed yet (every {s.Options.StatisticsInterval}s) [s: since start]";

    public static IReadOnlyList<SectionRow> Rows(MonitorSnapshot s, bool sinceStart)
    {
        if (sinceStart)
        {
            return [.. s.SinceStart.Ranked().Select(x => Row(x, s.SinceStart.Tally.Hits) with { Latency = SectionLatencyColumns.Cells(x.Latency, s.Timed) })];
        }

        return s.LastWindow is { } w ? [.. w.Sections.Select(x => Row(x, w.Hits) with { Latency = SectionLatencyColumns.Cells(x.Latency, s.Timed) })] : [];
    }

    public static SectionRow Row(SectionStats s, long totalHits) => new(
        TerminalText.Escape(s.Section),
        s.Hits.ToString("N0", CultureInfo.InvariantCulture),
        TextFormat.Share(s.Hits, totalHits),
        s.Errors4xx.ToString("N0", CultureInfo.InvariantCulture),
        s.Errors5xx.ToString("N0", CultureInfo.InvariantCulture),
        TextFormat.Bytes(s.Bytes),
        TerminalText.Escape(s.HeaviestPath),
        TextFormat.Bytes(s.HeaviestBytes));
}
