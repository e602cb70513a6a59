using System.Globalization;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>The summary lines at the top of the window: source, clock, rates, thresholds, counts and alert state.</summary>
internal static class SummaryFormat
{
    private const string Separator = " │ ";

    /// <summary>
    /// The fields, most important first, flowed into lines of at most <paramref name="width"/>
    /// columns; with <paramref name="showRejected"/> a last line holds the latest rejected line, escaped.
    /// </summary>
    public static IReadOnlyList<StyledLine> Lines(ScreenState state, int width, bool paused, bool showRejected)
    {
        var lines = Flow(Fields(state, width, paused), width);
        if (showRejected)
        {
            lines.Add(state.LatestRejected is { } line
                ? new StyledLine([new TextRun("latest rejected: ", Tone.Dim), new TextRun(TextFormat.Fit(TerminalText.Escape(line), Math.Max(1, width - 17)), Tone.Warning)])
                : StyledLine.Of("no line rejected", Tone.Dim));
        }

        return lines;
    }

    public static IEnumerable<IReadOnlyList<TextRun>> Fields(ScreenState state, int width, bool paused)
    {
        var s = state.Snapshot;
        var o = s.Options;
        var (word, tone) = state.Status.State switch
        {
            FollowState.Following => ("following", Tone.Good),
            FollowState.Waiting => ("waiting for the file", Tone.Warning),
            _ => ($"error: {TerminalText.Escape(state.Status.Problem ?? "cannot read")}", Tone.Alert),
        };
        yield return (s.TrafficAlert, s.ErrorsAlert) switch
        {
            (true, true) => [new TextRun("TRAFFIC + ERRORS ALERT", Tone.Alert)],
            (true, false) => [new TextRun("TRAFFIC ALERT", Tone.Alert)],
            (false, true) => [new TextRun("ERRORS ALERT", Tone.Alert)],
            _ => [new TextRun("no alert", Tone.Good)],
        };
        if (paused)
        {
            yield return [new TextRun("PAUSED (p)", Tone.Warning)];
        }

        yield return [new TextRun(s.Now is { } now ? TimeFormat.UtcTime(now) : "clock not started", Tone.Normal)];
        yield return [
            new TextRun(word, tone),
            new TextRun(" " + TextFormat.Fit(TerminalText.Escape(state.Status.Path), Math.Max(12, width / 2)), Tone.Normal),
            new TextRun(state.Format.Length > 0 ? " as " + state.Format : "", Tone.Dim),
        ];

        yield return [new TextRun(Invariant($"{s.LastSecondHits:N0} req/s"), Tone.Normal)];
        yield return [
            new TextRun(Invariant($"avg {s.TrafficAverage:0.00}"), s.TrafficAverage > o.AverageTrafficThreshold ? Tone.Alert : Tone.Normal),
            new TextRun(Invariant($"/{o.AverageTrafficThreshold:0.##} req/s ({o.TrafficAlertInterval}s)"), Tone.Normal),
        ];
        yield return [
            new TextRun(Invariant($"errors {s.WindowErrors:N0}"), s.WindowErrors > o.MaxErrorsThreshold ? Tone.Alert : Tone.Normal),
            new TextRun(Invariant($"/{o.MaxErrorsThreshold:0.##} ({o.ErrorsAlertInterval}s)"), Tone.Normal),
        ];
        yield return [
            new TextRun(Invariant($"{state.Accepted:N0} ok, "), Tone.Normal),
            new TextRun(Invariant($"{state.Rejected:N0} rejected{(state.Rejected > 0 ? " (r)" : "")}"), state.Rejected > 0 ? Tone.Warning : Tone.Normal),
        ];
        if (state.MostlyRejected)
        {
            // Said once the monitor has seen enough lines: a wrong --format, or a log auto cannot tell.
            yield return [new TextRun($"most lines rejected as {state.Format}: name the format with --format (r: the latest)", Tone.Warning)];
        }

        if (state.Future > 0)
        {
            // A server clock running fast, or forged lines: they count as if stamped now.
            yield return [new TextRun(Invariant($"{state.Future:N0} stamped ahead, counted as now"), Tone.Warning)];
        }
    }

    /// <summary>Greedy flow: a field goes on the current line when it fits, else it starts a new one (cut to the width).</summary>
    public static List<StyledLine> Flow(IEnumerable<IReadOnlyList<TextRun>> fields, int width)
    {
        var lines = new List<StyledLine>();
        var current = new List<TextRun>();
        int used = 0;
        foreach (var field in fields)
        {
            int length = field.Sum(f => f.Text.Length);
            if (current.Count > 0 && used + Separator.Length + length > width)
            {
                lines.Add(new StyledLine(current));
                current = [];
                used = 0;
            }

            if (current.Count > 0)
            {
                current.Add(new TextRun(Separator, Tone.Dim));
                used += Separator.Length;
            }

            current.AddRange(field);
            used += length;
        }

        if (current.Count > 0)
        {
            lines.Add(new StyledLine(current));
        }

        return lines;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
