using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>The alert history, newest first, so the latest event is always in sight; long messages wrap, never cut.</summary>
internal static class HistoryFormat
{
    private const string Indent = "  ";

    public static string Title(MonitorSnapshot s, int skip = 0) =>
        s.History.Count == 0 ? "Alert history: none yet"
        : skip == 0 ? $"Alert history: {Plural.Of(s.History.Count, "entry", "entries")}, newest first ([ older)"
        : $"Alert history: {Plural.Of(s.History.Count, "entry", "entries")}, {skip} newer above (] newer)";

    /// <summary>The newest entries that fit in <paramref name="height"/> rows of <paramref name="width"/> columns, after skipping the <paramref name="skip"/> newest.</summary>
    public static IReadOnlyList<StyledLine> Lines(MonitorSnapshot s, int width, int height, int skip = 0)
    {
        var lines = new List<StyledLine>(Math.Max(0, height));
        for (int i = s.History.Count - 1 - skip; i >= 0 && lines.Count < height; i--)
        {
            foreach (var line in Wrap(s.History[i], width).Take(height - lines.Count))
            {
                lines.Add(line);
            }
        }

        if (s.History.IsEmpty && height > 0)
        {
            lines.Add(StyledLine.Of("No alert since start. Triggers and recoveries appear here and stay.", Tone.Dim));
        }

        return lines;
    }

    /// <summary>"▲ message" (trigger), "▼ message" (recovery), "• message" (threshold change), wrapped at spaces to <paramref name="width"/>.</summary>
    public static IEnumerable<StyledLine> Wrap(HistoryEntry e, int width)
    {
        var (mark, tone) = e.Kind switch
        {
            HistoryKind.Triggered => ("▲ ", e.Critical ? Tone.Critical : Tone.Alert),
            HistoryKind.Recovered => ("▼ ", Tone.Recovered),
            HistoryKind.NotificationFailed => ("✗ ", Tone.Alert),
            HistoryKind.Gap => ("… ", Tone.Dim),
            _ => ("• ", Tone.Settings),
        };
        string rest = e.Message;
        string prefix = mark;
        int room = Math.Max(10, width - Indent.Length);
        while (true)
        {
            if (rest.Length <= room)
            {
                yield return new StyledLine([new TextRun(prefix, tone), new TextRun(rest, tone)]);
                yield break;
            }

            int cut = rest.LastIndexOf(' ', room);
            cut = cut <= 0 ? room : cut;
            yield return new StyledLine([new TextRun(prefix, tone), new TextRun(rest[..cut], tone)]);
            rest = rest[cut..].TrimStart();
            prefix = Indent;
        }
    }
}
