namespace HttpMonitor.Ui;

/// <summary>The alert history, newest first, so the latest event is always in sight.</summary>
internal static class HistoryFormat
{
    public static string Title(MonitorSnapshot s) =>
        s.History.Count == 0 ? "Alert history: none yet" : $"Alert history: {s.AlertEvents} events, newest first";

    /// <summary>At most <paramref name="count"/> lines, skipping the <paramref name="skip"/> newest.</summary>
    public static IReadOnlyList<StyledLine> Lines(MonitorSnapshot s, int skip, int count)
    {
        var lines = new List<StyledLine>(Math.Max(0, count));
        for (int i = s.History.Count - 1 - skip; i >= 0 && lines.Count < count; i--)
        {
            lines.Add(Line(s.History[i]));
        }

        if (lines.Count == 0 && skip == 0 && count > 0)
        {
            lines.Add(StyledLine.Of("No alert since start. Triggers and recoveries appear here and stay.", Tone.Dim));
        }

        return lines;
    }

    public static StyledLine Line(HistoryEntry e) => e.Kind switch
    {
        HistoryKind.Triggered => new StyledLine([new Span("▲ ", Tone.Alert), new Span(e.Message, Tone.Alert)]),
        HistoryKind.Recovered => new StyledLine([new Span("▼ ", Tone.Recovered), new Span(e.Message, Tone.Recovered)]),
        _ => new StyledLine([new Span("• ", Tone.Settings), new Span(e.Message, Tone.Settings)]),
    };
}
