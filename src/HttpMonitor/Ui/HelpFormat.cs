namespace HttpMonitor.Ui;

/// <summary>The help drawn over the window (F1 or ?): every key, and what the colours mean.</summary>
internal static class HelpFormat
{
    public static IReadOnlyList<StyledLine> Lines { get; } =
    [
        StyledLine.Of("F2 or t   thresholds: traffic and error alerts, windows, stats"),
        StyledLine.Of("p         pause the display (the monitor keeps counting)"),
        StyledLine.Of("s         sections of the last window / since start"),
        StyledLine.Of("g         chart area: traffic, latency, 20 slowest in 5 min"),
        StyledLine.Of("          (timed logs), hours, countries, clients, vhosts"),
        StyledLine.Of("r         show the latest rejected line"),
        StyledLine.Of("↑ ↓ PgUp  scroll the sections table"),
        StyledLine.Of("[ ]       older / newer entries of the alert history"),
        StyledLine.Of("F1 or ?   this help (any key closes it)"),
        StyledLine.Of("q, Esc, Ctrl+C   quit and print a summary"),
        StyledLine.Of(""),
        StyledLine.Of("▲ red: an alert fired. ▼ green: it recovered.", Tone.Dim),
        StyledLine.Of("╌ yellow in the chart: the traffic threshold.", Tone.Dim),
    ];
}
