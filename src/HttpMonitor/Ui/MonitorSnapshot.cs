using System.Collections.Immutable;
using System.Globalization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;

namespace HttpMonitor.Ui;

/// <summary>
/// What the window shows, folded from the monitor's events: the clock, the recent seconds, where
/// each alert stands, the last statistics window, the sections since start and the alert history.
/// Immutable: the monitor's thread folds, the UI thread reads. It computes nothing the monitor
/// computes already: the alerts' levels come with each second (<see cref="AlertStatus"/>).
/// </summary>
internal sealed record MonitorSnapshot
{
    /// <summary>Seconds kept for the chart: the widest span it shows.</summary>
    public const int SecondsKept = 2 * ChartFormat.TargetSeconds;

    /// <summary>How many of the slowest recent requests the window lists.</summary>
    public const int SlowestShown = 20;

    /// <summary>How far back (seconds) the slowest requests are taken from: 5 minutes.</summary>
    public const int SlowestSeconds = 300;

    public required MonitorOptions Options { get; init; }

    /// <summary>The end of the latest closed second, or null before the first line.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The tallies of the latest closed seconds, oldest first.</summary>
    public ImmutableList<Tally> Seconds { get; init; } = [];

    /// <summary>The response times of the same seconds as <see cref="Seconds"/>, one for one.</summary>
    public ImmutableList<SecondLatency> Latencies { get; init; } = [];

    /// <summary>Whether any second so far had a timed hit: only then does the window show response times.</summary>
    public bool Timed { get; init; }

    /// <summary>Where each alert rule stands after the latest second, in the rules' order; empty before one.</summary>
    public ImmutableList<AlertStatus> Alerts { get; init; } = [];

    public WindowStats? LastWindow { get; init; }

    /// <summary>Every section since start, merged window by window.</summary>
    public SectionsSinceStart SinceStart { get; init; } = SectionsSinceStart.Empty;

    /// <summary>Where and when traffic comes from, as of the last closed window; null before one.</summary>
    public TrafficProfile? Profile { get; init; }

    /// <summary>Whether a GeoIP database is in use (the countries panel says how to get one otherwise).</summary>
    public bool HasGeography { get; init; }

    /// <summary>Triggers, recoveries and threshold changes, oldest first; never trimmed.</summary>
    public ImmutableList<HistoryEntry> History { get; init; } = [];

    /// <summary>Triggers and recoveries so far (threshold changes are not counted).</summary>
    public int AlertEvents { get; init; }

    /// <summary>Where the default traffic rule stands, or null (before a second, or when config.json's rules replace it).</summary>
    public AlertStatus? Traffic => Alerts.Find(a => a.Rule.Seed == SeedAlert.Traffic);

    /// <summary>Where the default errors rule stands, or null.</summary>
    public AlertStatus? Errors => Alerts.Find(a => a.Rule.Seed == SeedAlert.Errors);

    public bool TrafficAlert => Traffic?.Active ?? false;

    public bool ErrorsAlert => Errors?.Active ?? false;

    public long LastSecondHits => Seconds.IsEmpty ? 0 : Seconds[^1].Hits;

    /// <summary>The traffic rule's average, req/s over its window.</summary>
    public double TrafficAverage => Traffic?.Value ?? 0;

    /// <summary>4xx+5xx in the errors rule's window.</summary>
    public long WindowErrors => (long)(Errors?.Value ?? 0);

    public static MonitorSnapshot Start(MonitorOptions options) => new() { Options = options };

    public MonitorSnapshot Fold(MonitorEvent e) => e switch
    {
        ClosedSecond s => WithSecond(s),
        WindowStats w => this with { LastWindow = w, SinceStart = SinceStart.Add(w) },
        AlertEvent a => WithAlert(a),
        AlertStatus a => WithStatus(a),
        TrafficProfile p => this with { Profile = p },
        Gap g => WithNote(HistoryKind.Gap, string.Create(CultureInfo.InvariantCulture,
            $"No traffic from {TimeFormat.Utc(g.Start)} to {TimeFormat.Utc(g.End)} ({Output.Plural.Of(g.Windows, "empty window")})")),
        _ => this,
    };

    /// <summary>A line for the history that is not an alert (a failed notification).</summary>
    public MonitorSnapshot WithNote(HistoryKind kind, string message) =>
        this with { History = History.Add(new HistoryEntry(kind, message)) };

    /// <summary>
    /// New thresholds, intervals or rules, recorded in the history; a rule no longer in force is no
    /// longer shown, and the other rules' levels follow at the next second.
    /// </summary>
    public MonitorSnapshot WithOptions(MonitorOptions options)
    {
        string? change = Describe(Options, options, Now);
        var rules = AlertRuleSet.Of(options).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return this with
        {
            Options = options,
            Alerts = Alerts.RemoveAll(a => !rules.Contains(a.Rule.Name)),
            History = change is null ? History : History.Add(new HistoryEntry(HistoryKind.Settings, change)),
        };
    }

    /// <summary>The rule's latest status replaces its last one; a rule not seen before joins the end (the rules' order).</summary>
    private MonitorSnapshot WithStatus(AlertStatus status)
    {
        int at = Alerts.FindIndex(a => a.Rule.Name == status.Rule.Name);
        return this with { Alerts = at >= 0 ? Alerts.SetItem(at, status) : Alerts.Add(status) };
    }

    /// <summary>
    /// The <see cref="SlowestShown"/> slowest requests of the last <see cref="SlowestSeconds"/> seconds,
    /// slowest first, from each second's ten slowest (a second with more than ten among them gives ten).
    /// </summary>
    public IReadOnlyList<SlowRequest> SlowestRecent()
    {
        var recent = Latencies.Skip(Math.Max(0, Latencies.Count - SlowestSeconds)).SelectMany(l => l.Slowest).ToList();
        recent.Sort(SlowRequest.CompareBySlowness);
        return recent.Count > SlowestShown ? recent.GetRange(0, SlowestShown) : recent;
    }

    private MonitorSnapshot WithSecond(ClosedSecond s) => this with
    {
        Now = s.Time,
        Seconds = Kept(Seconds, s.Tally, s.Count),
        Latencies = Kept(Latencies, SecondLatency.Of(s), s.Count),
        Timed = Timed || s.Latency is not null,
    };

    /// <summary>The list with <paramref name="count"/> more of <paramref name="item"/>, trimmed to the latest <see cref="SecondsKept"/>.</summary>
    private static ImmutableList<T> Kept<T>(ImmutableList<T> list, T item, long count)
    {
        var kept = list.AddRange(Enumerable.Repeat(item, (int)Math.Min(count, SecondsKept)));
        return kept.Count > SecondsKept ? kept.RemoveRange(0, kept.Count - SecondsKept) : kept;
    }

    private MonitorSnapshot WithAlert(AlertEvent a)
    {
        bool on = a.State == AlertState.Triggered;
        return this with
        {
            Now = Now is { } now && now > a.Time ? now : a.Time,
            History = History.Add(a.Rule.Severity == AlertSeverity.Critical
                ? new HistoryEntry(on ? HistoryKind.Triggered : HistoryKind.Recovered, "[critical] " + a.Message, Critical: true)
                : new HistoryEntry(on ? HistoryKind.Triggered : HistoryKind.Recovered, a.Message)),
            AlertEvents = AlertEvents + 1,
        };
    }

    /// <summary>
    /// "Thresholds changed at …: traffic threshold 10 → 5 req/s, …" (the default rules), "Rules changed
    /// at …: added api-5xx; traffic threshold 10 → 5 req/s" (rules), or null when nothing the window shows changed.
    /// </summary>
    public static string? Describe(MonitorOptions before, MonitorOptions after, DateTimeOffset? at)
    {
        string when = at is { } t ? $" at {TimeFormat.Utc(t)}" : "";
        if (before.Alerts is not null || after.Alerts is not null)
        {
            var rules = RuleChanges.Between(before, after).ToList();
            if (before.StatisticsInterval != after.StatisticsInterval)
            {
                rules.Add($"statistics interval {before.StatisticsInterval} → {after.StatisticsInterval}s");
            }

            return rules.Count == 0 ? null : $"Rules changed{when}: {string.Join("; ", rules)}";
        }

        var changes = new List<string>();
        void Add<T>(string what, T old, T now, string unit)
            where T : IEquatable<T>
        {
            if (!old.Equals(now))
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {old} → {now}{unit}"));
            }
        }

        Add("traffic threshold", before.AverageTrafficThreshold, after.AverageTrafficThreshold, " req/s");
        Add("traffic window", before.TrafficAlertInterval, after.TrafficAlertInterval, "s");
        Add("error threshold", before.MaxErrorsThreshold, after.MaxErrorsThreshold, "");
        Add("error window", before.ErrorsAlertInterval, after.ErrorsAlertInterval, "s");
        Add("statistics interval", before.StatisticsInterval, after.StatisticsInterval, "s");
        return changes.Count == 0 ? null : $"Thresholds changed{when}: {string.Join(", ", changes)}";
    }
}
