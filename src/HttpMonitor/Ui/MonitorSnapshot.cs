using System.Collections.Immutable;
using System.Globalization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Ui;

/// <summary>
/// What the window shows, folded from the pipeline's events: the monitor's clock, the recent
/// seconds, the sums the alerts look at, the last statistics window, every section since
/// start and the alert history. Immutable: the reading thread folds, the UI thread reads.
/// </summary>
/// <remarks>
/// The sums follow SEMANTICS.md: over the last W closed seconds, fewer at the start, divided by
/// W. Up to <see cref="MonitorOptions.MaxIntervalSeconds"/> seconds are kept, like the
/// pipeline, so a window widened in the dialog is summed over what it has seen.
/// </remarks>
internal sealed record MonitorSnapshot
{
    /// <summary>Seconds kept: the longest window the options allow, plus the one that leaves it.</summary>
    public const int SecondsKept = MonitorOptions.MaxIntervalSeconds + 1;

    public required MonitorOptions Options { get; init; }

    /// <summary>The end of the latest closed second, or null before the first line.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Hits and errors per closed second, oldest first.</summary>
    public ImmutableList<SecondCount> Seconds { get; init; } = [];

    /// <summary>Hits in the last <see cref="MonitorOptions.TrafficAlertInterval"/> closed seconds.</summary>
    public long TrafficHits { get; init; }

    /// <summary>4xx+5xx in the last <see cref="MonitorOptions.ErrorsAlertInterval"/> closed seconds.</summary>
    public long WindowErrors { get; init; }

    public bool TrafficAlert { get; init; }

    public bool ErrorsAlert { get; init; }

    public WindowStats? LastWindow { get; init; }

    /// <summary>Every section since start, merged window by window.</summary>
    public ImmutableDictionary<string, SectionStats> SinceStart { get; init; } = ImmutableDictionary<string, SectionStats>.Empty.WithComparers(StringComparer.Ordinal);

    public long SinceStartHits { get; init; }

    /// <summary>Where and when traffic comes from, as of the last closed window; null before one.</summary>
    public Core.Profile.TrafficProfile? Profile { get; init; }

    /// <summary>Whether a GeoIP database is in use (the countries panel says how to get one otherwise).</summary>
    public bool HasGeography { get; init; }

    /// <summary>Triggers, recoveries and threshold changes, oldest first; never trimmed.</summary>
    public ImmutableList<HistoryEntry> History { get; init; } = [];

    /// <summary>Triggers and recoveries so far (threshold changes are not counted).</summary>
    public int AlertEvents { get; init; }

    public long LastSecondHits => Seconds.IsEmpty ? 0 : Seconds[^1].Hits;

    public double TrafficAverage => (double)TrafficHits / Options.TrafficAlertInterval;

    public static MonitorSnapshot Start(MonitorOptions options) => new() { Options = options };

    public MonitorSnapshot Fold(MonitorEvent e) => e switch
    {
        SecondTotals s => WithSecond(s),
        WindowStats w => WithWindow(w),
        AlertEvent a => WithAlert(a),
        Core.Profile.TrafficProfile p => this with { Profile = p },
        _ => this,
    };

    /// <summary>A line for the history that is not an alert (a failed notification).</summary>
    public MonitorSnapshot WithNote(HistoryKind kind, string message) =>
        this with { History = History.Add(new HistoryEntry(kind, message)) };

    /// <summary>New thresholds and intervals: the sums are taken again over the new windows, and the change is recorded.</summary>
    public MonitorSnapshot WithOptions(MonitorOptions options)
    {
        string? change = Describe(Options, options, Now);
        return this with
        {
            Options = options,
            TrafficHits = SumLast(Seconds, options.TrafficAlertInterval, c => c.Hits),
            WindowErrors = SumLast(Seconds, options.ErrorsAlertInterval, c => c.Errors),
            History = change is null ? History : History.Add(new HistoryEntry(HistoryKind.Settings, change)),
        };
    }

    private MonitorSnapshot WithSecond(SecondTotals s)
    {
        var count = new SecondCount(s.Hits, s.Errors);
        var seconds = Seconds.Add(count);
        long traffic = TrafficHits + count.Hits - Leaving(seconds, Options.TrafficAlertInterval).Hits;
        long errors = WindowErrors + count.Errors - Leaving(seconds, Options.ErrorsAlertInterval).Errors;
        return this with
        {
            Now = s.Time,
            Seconds = seconds.Count > SecondsKept ? seconds.RemoveAt(0) : seconds,
            TrafficHits = traffic,
            WindowErrors = errors,
        };
    }

    /// <summary>The second that just left a window of <paramref name="width"/> seconds, or nothing.</summary>
    private static SecondCount Leaving(ImmutableList<SecondCount> seconds, int width) =>
        seconds.Count > width ? seconds[seconds.Count - 1 - width] : default;

    private static long SumLast(ImmutableList<SecondCount> seconds, int width, Func<SecondCount, long> value)
    {
        long sum = 0;
        for (int i = Math.Max(0, seconds.Count - width); i < seconds.Count; i++)
        {
            sum += value(seconds[i]);
        }

        return sum;
    }

    private MonitorSnapshot WithWindow(WindowStats w)
    {
        var since = SinceStart.ToBuilder();
        foreach (var s in w.Sections)
        {
            since[s.Section] = since.TryGetValue(s.Section, out var known) ? Merge(known, s) : s;
        }

        return this with { LastWindow = w, SinceStart = since.ToImmutable(), SinceStartHits = SinceStartHits + w.Hits };
    }

    /// <summary>Sums two counts of one section; the heaviest document is the larger, the earlier on a tie.</summary>
    private static SectionStats Merge(SectionStats earlier, SectionStats later)
    {
        bool heavier = later.HeaviestBytes > earlier.HeaviestBytes;
        return earlier with
        {
            Hits = earlier.Hits + later.Hits,
            Errors4xx = earlier.Errors4xx + later.Errors4xx,
            Errors5xx = earlier.Errors5xx + later.Errors5xx,
            Bytes = earlier.Bytes + later.Bytes,
            HeaviestPath = heavier ? later.HeaviestPath : earlier.HeaviestPath,
            HeaviestBytes = heavier ? later.HeaviestBytes : earlier.HeaviestBytes,
        };
    }

    private MonitorSnapshot WithAlert(AlertEvent a)
    {
        bool on = a.State == AlertState.Triggered;
        var entry = new HistoryEntry(on ? HistoryKind.Triggered : HistoryKind.Recovered, a.Message);
        return this with
        {
            Now = Now is { } now && now > a.Time ? now : a.Time,
            TrafficAlert = a.Kind == AlertKind.Traffic ? on : TrafficAlert,
            ErrorsAlert = a.Kind == AlertKind.Errors ? on : ErrorsAlert,
            History = History.Add(entry),
            AlertEvents = AlertEvents + 1,
        };
    }

    /// <summary>"Thresholds changed at …: traffic threshold 10 → 5 req/s, …", or null when nothing the window shows changed.</summary>
    public static string? Describe(MonitorOptions before, MonitorOptions after, DateTimeOffset? at)
    {
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
        if (changes.Count == 0)
        {
            return null;
        }

        string when = at is { } t ? $" at {TimeFormat.Utc(t)}" : "";
        return $"Thresholds changed{when}: {string.Join(", ", changes)}";
    }
}
