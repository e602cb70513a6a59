using System.Globalization;
using HttpMonitor.Core.Alerts;
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
    public static IReadOnlyList<StyledLine> Lines(ScreenState state, int width, bool paused, bool showRejected, TimeDisplay time)
    {
        var lines = Flow(Fields(state, width, paused, time), width);
        if (showRejected)
        {
            lines.Add(state.LatestRejected is { } line
                ? new StyledLine([new TextRun("latest rejected: ", Tone.Dim), new TextRun(TextFormat.Fit(TerminalText.Escape(line), Math.Max(1, width - 17)), Tone.Warning)])
                : StyledLine.Of("no line rejected", Tone.Dim));
        }

        return lines;
    }

    public static IEnumerable<IReadOnlyList<TextRun>> Fields(ScreenState state, int width, bool paused, TimeDisplay time)
    {
        var s = state.Snapshot;
        var o = s.Options;
        var (word, tone) = state.Status.State switch
        {
            FollowState.Following => ("following", Tone.Good),
            FollowState.Waiting => ("waiting for the file", Tone.Warning),
            _ => ($"error: {TerminalText.Escape(state.Status.Problem ?? "cannot read")}", Tone.Alert),
        };
        yield return AlertState(s);
        if (paused)
        {
            yield return [new TextRun("PAUSED (p)", Tone.Warning)];
        }

        yield return [new TextRun(s.Now is { } now ? time.Time(now) : "clock not started", Tone.Normal)];
        yield return [
            new TextRun(word, tone),
            new TextRun(" " + TextFormat.Fit(TerminalText.Escape(state.Status.Path), Math.Max(12, width / 2)), Tone.Normal),
            new TextRun(state.Format.Length > 0 ? " as " + state.Format : "", Tone.Dim),
        ];

        yield return [new TextRun("last second ", Tone.Dim), new TextRun(Invariant($"{s.LastSecondHits:N0} req/s"), Tone.Normal)];
        foreach (var rule in RuleLevels(s))
        {
            yield return rule;
        }

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

    /// <summary>"no alert", or the rules firing ("TRAFFIC ALERT" for the default rule, names for the others), and those pending.</summary>
    private static IReadOnlyList<TextRun> AlertState(MonitorSnapshot s)
    {
        var firing = s.Alerts.Where(a => a.Active).ToList();
        var pending = s.Alerts.Where(a => a.Pending && a.Rule.ForSeconds > 0).Select(a => Invariant($"pending {a.Rule.Name} {a.Held}/{a.Rule.ForSeconds} s"));
        string waiting = string.Join(", ", pending);
        if (firing.Count == 0)
        {
            return waiting.Length == 0 ? [new TextRun("no alert", Tone.Good)] : [new TextRun("no alert, ", Tone.Good), new TextRun(waiting, Tone.Warning)];
        }

        string names = string.Join(" + ", firing.Select(a => a.Rule.Seed switch
        {
            SeedAlert.Traffic => "TRAFFIC",
            SeedAlert.Errors => "ERRORS",
            _ => a.Rule.Name,
        }));
        var tone = firing.Exists(a => a.Rule.Severity == AlertSeverity.Critical) ? Tone.Critical : Tone.Alert;
        return waiting.Length == 0 ? [new TextRun(names + " ALERT", tone)] : [new TextRun(names + " ALERT", tone), new TextRun(", " + waiting, Tone.Warning)];
    }

    /// <summary>Each rule's level against its threshold: the default rules as they always read, the others by name.</summary>
    private static IEnumerable<IReadOnlyList<TextRun>> RuleLevels(MonitorSnapshot s)
    {
        var o = s.Options;
        if (s.Alerts.IsEmpty && o.Alerts is null)
        {
            // Before the first second: the default rules' thresholds, at zero.
            yield return [new TextRun("avg 0.00", Tone.Normal), new TextRun(Invariant($"/{o.AverageTrafficThreshold:0.##} req/s ({o.TrafficAlertInterval}s)"), Tone.Normal)];
            yield return [new TextRun("errors 0", Tone.Normal), new TextRun(Invariant($"/{o.MaxErrorsThreshold:0.##} ({o.ErrorsAlertInterval}s)"), Tone.Normal)];
            yield break;
        }

        foreach (var a in s.Alerts)
        {
            var r = a.Rule;
            bool over = a.Value is { } v && (r.Below ? v < r.Threshold : v > r.Threshold);
            var level = over ? Tone.Alert : Tone.Normal;
            yield return r.Seed switch
            {
                SeedAlert.Traffic => [new TextRun(Invariant($"avg {a.Value ?? 0:0.00}"), level), new TextRun(Invariant($"/{r.Threshold:0.##} req/s ({r.WindowSeconds}s)"), Tone.Normal)],
                SeedAlert.Errors => [new TextRun(Invariant($"errors {a.Value ?? 0:N0}"), level), new TextRun(Invariant($"/{r.Threshold:0.##} ({r.WindowSeconds}s)"), Tone.Normal)],
                _ => [new TextRun(Invariant($"{r.Name} {(a.Value is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "-")}"), level),
                      new TextRun(Invariant($"{(r.Below ? "<" : "/")}{r.Threshold:0.###} ({r.WindowSeconds}s)"), Tone.Normal)],
            };
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
