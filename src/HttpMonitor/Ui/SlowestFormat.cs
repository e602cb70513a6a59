using System.Globalization;
using HttpMonitor.Core.Clock;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>The slowest recent requests as lines: duration, status, the log's time, section and path, slowest first.</summary>
internal static class SlowestFormat
{
    private const int SectionWidth = 16;

    public static string Title { get; } = string.Create(CultureInfo.InvariantCulture,
        $"Slowest requests of the last {MonitorSnapshot.SlowestSeconds / 60} minutes (the {MonitorSnapshot.SlowestShown} slowest) [g: next panel]");

    public static IReadOnlyList<StyledLine> Lines(MonitorSnapshot s, int width, int height)
    {
        var slowest = s.SlowestRecent();
        if (slowest.Count == 0)
        {
            return [StyledLine.Of($"No timed request in the last {MonitorSnapshot.SlowestSeconds / 60} minutes.", Tone.Dim)];
        }

        int pathWidth = Math.Max(1, width - (9 + 1 + 6 + 1 + 9 + 1 + SectionWidth + 1));
        var lines = new List<StyledLine> { StyledLine.Of($"{"ms",9} {"status",6} {"time",-9} {"section",-SectionWidth} path", Tone.Dim) };
        lines.AddRange(slowest.Take(Math.Max(0, height - 1)).Select(r => StyledLine.Of(string.Create(CultureInfo.InvariantCulture,
            $"{LatencyText.Milliseconds(r.DurationMicros),9} {r.Status,6} {TimeFormat.UtcTime(r.At),-9} {Cell(r.Section, SectionWidth),-SectionWidth} {Cell(r.Path, pathWidth)}"),
            r.Status >= 500 ? Tone.Alert : Tone.Normal)));
        return lines;
    }

    private static string Cell(string text, int width) => TextFormat.Fit(TerminalText.Escape(text), width);
}
