using System.Globalization;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>The sections table: the last closed window, or every window since start, ranked by hits.</summary>
internal static class SectionsFormat
{
    public static readonly IReadOnlyList<string> Columns = ["section", "hits", "share", "4xx", "5xx", "bytes", "heaviest document", "size"];

    public static string Title(MonitorSnapshot s, bool sinceStart) =>
        sinceStart
            ? string.Create(CultureInfo.InvariantCulture, $"Sections since start: {s.SinceStart.Tally.Hits:N0} hits [s: last window]")
            : s.LastWindow is { } w
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Sections {TimeFormat.UtcSpan(w.Start, w.End)}: {w.Hits:N0} hits, 4xx {w.Errors4xx:N0}, 5xx {w.Errors5xx:N0} [s: since start]")
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
