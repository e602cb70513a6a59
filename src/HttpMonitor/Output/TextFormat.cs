using System.Globalization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Output;

/// <summary>Plain functions that turn events into lines of text; the window and the text output share them.</summary>
internal static class TextFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string WindowHeader(WindowStats w) => WindowHeader(w.Start, w.End, w.Partial);

    public static string WindowHeader(DateTimeOffset start, DateTimeOffset end, bool partial) =>
        $"── {TimeFormat.Utc(start)} → {TimeFormat.UtcTime(end)}{(partial ? " (partial)" : "")} ──";

    public static IEnumerable<string> Window(WindowStats w, int top)
    {
        bool timed = w.Latency is { Count: > 0 };
        yield return string.Create(Invariant,
            $"{WindowHeader(w)} {Plural.Of(w.Hits, "hit")} · 4xx {w.Errors4xx:N0} · 5xx {w.Errors5xx:N0} · {Bytes(w.Bytes)}{(timed ? " · " + LatencyText.Summary(w.Latency) : "")}");
        yield return $"   {"section",-24} {"hits",8} {"share",6} {"4xx",6} {"5xx",6} {"bytes",9}{(timed ? " " + LatencyText.Header : "")}  heaviest";
        foreach (var s in w.Sections.Take(top))
        {
            yield return SectionRow(s, w.Hits, timed);
        }

        if (w.Sections.Count > top)
        {
            yield return $"   … {Plural.Of(w.Sections.Count - top, "more section")}";
        }

        foreach (string line in Vhosts(w, top).Concat(Sources(w, top)))
        {
            yield return line;
        }
    }

    /// <summary>The window's top sources (files, syslog senders), when the run reads several inputs; nothing otherwise.</summary>
    public static IEnumerable<string> Sources(WindowStats w, int top) =>
        Ranked("source", 32, w.Sources.Select(s => (s.Source, s.Tally)).ToList(), w.Hits, top);

    /// <summary>The window's top vhosts, when its format gives them; nothing otherwise.</summary>
    public static IEnumerable<string> Vhosts(WindowStats w, int top) =>
        Ranked("vhost", 24, w.Vhosts.Select(v => (v.Vhost, v.Tally)).ToList(), w.Hits, top);

    /// <summary>A ranked table of named tallies (vhosts, sources): its first <paramref name="top"/> rows and how many more; nothing when empty.</summary>
    private static IEnumerable<string> Ranked(string column, int width, List<(string Name, Tally Tally)> rows, long windowHits, int top)
    {
        if (rows.Count == 0)
        {
            yield break;
        }

        yield return $"   {column.PadRight(width)} {"hits",8} {"share",6} {"4xx",6} {"5xx",6} {"bytes",9}";
        foreach (var (name, t) in rows.Take(top))
        {
            yield return string.Create(Invariant,
                $"   {Cell(name, width)} {t.Hits,8:N0} {Share(t.Hits, windowHits),6} {t.Errors4xx,6:N0} {t.Errors5xx,6:N0} {Bytes(t.Bytes),9}");
        }

        if (rows.Count > top)
        {
            yield return $"   … {Plural.Of(rows.Count - top, "more " + column)}";
        }
    }

    /// <param name="timed">Whether the window has timed hits: then p50, p95 and p99 columns come before the heaviest document.</param>
    public static string SectionRow(SectionStats s, long totalHits, bool timed = false) =>
        string.Create(Invariant,
            $"   {Cell(s.Section, 24)} {s.Hits,8:N0} {Share(s.Hits, totalHits),6} {s.Errors4xx,6:N0} {s.Errors5xx,6:N0} {Bytes(s.Bytes),9}{(timed ? " " + LatencyText.Columns(s.Latency) : "")}  {TerminalText.Escape(s.HeaviestPath)} ({Bytes(s.HeaviestBytes)})");

    /// <summary>Text from the log, escaped, in exactly <paramref name="width"/> terminal columns: wide letters and emoji keep the columns after it aligned.</summary>
    public static string Cell(string text, int width) => DisplayWidth.PadRight(DisplayWidth.Fit(TerminalText.Escape(text), width), width);

    public static string Alert(AlertEvent a) =>
        (a.State == AlertState.Triggered ? "ALERT     " : "RECOVERED ") + a.Message;

    public static string Summary(LineCounts counts, int alerts) =>
        string.Create(Invariant,
            $"summary: {Plural.Of(counts.Lines, "line")} read, {counts.Accepted:N0} accepted, {counts.Rejected:N0} rejected{(counts.Ignored > 0 ? $", {counts.Ignored:N0} ignored (directives)" : "")}, {Plural.Of(alerts, "alert event")}{(counts.Future > 0 ? $", {counts.Future:N0} stamped ahead of the wall clock (counted as now)" : "")}; format {FormatName(counts)}{Inputs(counts)}");

    /// <summary>"; 12 syslog messages dropped (buffer full); inputs a.log, b.log": for runs of several inputs or syslog.</summary>
    private static string Inputs(LineCounts counts) =>
        (counts.Dropped > 0 ? string.Create(Invariant, $"; {counts.Dropped:N0} syslog messages dropped (buffer full)") : "")
        + (counts.Inputs.Count > 0 ? $"; inputs {TerminalText.Escape(string.Join(", ", counts.Inputs))}" : "");

    /// <summary>"json (detected)", "combined", "nginx": the format reading the log, and whether auto chose it.</summary>
    public static string FormatName(LineCounts counts) => counts.FormatDetected ? $"{counts.Format} (detected)" : counts.Format;

    /// <summary>At the end of input: the <see cref="MostlyRejected"/> line after <paramref name="prefix"/>, when most lines were rejected; else nothing.</summary>
    public static string MostlyRejectedNotice(string prefix, LineCounts counts) =>
        counts.MostLinesRejected ? prefix + MostlyRejected(counts) + "\n" : "";

    /// <summary>
    /// Said once when most lines are rejected: the format in use is probably not the log's. Names
    /// the format, shows the first rejected line and says how to name the right one.
    /// </summary>
    public static string MostlyRejected(LineCounts counts) =>
        string.Create(Invariant,
            $"{counts.Rejected:N0} of the {counts.Lines:N0} lines read were rejected: they are not {FormatName(counts)} lines. The first: {TerminalText.Escape(Fit(counts.FirstRejected ?? "", 160))}. ")
        + $"Name the log's format with --format ({LogFormats.Choices}; docs/formats.md)";

    public static string Share(long part, long total) =>
        total == 0 ? "-" : string.Create(Invariant, $"{100.0 * part / total:0}%");

    /// <summary>Bytes in binary units: "512 B", "25.2 KiB", "3.1 MiB".</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(Invariant, $"{bytes} B"),
        < 1024 * 1024 => string.Create(Invariant, $"{bytes / 1024.0:0.0} KiB"),
        < 1024L * 1024 * 1024 => string.Create(Invariant, $"{bytes / (1024.0 * 1024):0.0} MiB"),
        _ => string.Create(Invariant, $"{bytes / (1024.0 * 1024 * 1024):0.0} GiB"),
    };

    /// <summary>
    /// Cuts text to <paramref name="width"/> user-perceived characters (grapheme clusters),
    /// marking the cut with "…": never inside a surrogate pair or between a letter and its
    /// combining marks, which would show as U+FFFD or a mark on the wrong letter.
    /// </summary>
    public static string Fit(string text, int width)
    {
        if (text.Length <= width)
        {
            return text; // a cluster is at least one char: it fits
        }

        int kept = 0;
        int clusters = 0;
        while (kept < text.Length)
        {
            int next = StringInfo.GetNextTextElementLength(text, kept);
            if (clusters == width - 1 && kept + next < text.Length)
            {
                return string.Concat(text.AsSpan(0, kept), "…");
            }

            kept += next;
            clusters++;
        }

        return text;
    }
}
