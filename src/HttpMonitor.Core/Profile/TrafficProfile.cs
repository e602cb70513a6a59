using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Profile;

/// <summary>
/// Where and when traffic comes from, since start: hits and errors per hour of the day and per
/// weekday and hour (the hour the log wrote, the server's own local time), per country (when a
/// GeoIP database is given) and the top clients.
/// </summary>
/// <param name="Final">The profile at end of input (replay prints only this one).</param>
/// <param name="WeekdayHours">[day][hour], Sunday first.</param>
/// <param name="Countries">Sorted by hits, then code; null when geography is off.</param>
public sealed record TrafficProfile(
    DateTimeOffset At,
    bool Final,
    IReadOnlyList<long> Hours,
    IReadOnlyList<long> ErrorsByHour,
    IReadOnlyList<IReadOnlyList<long>> WeekdayHours,
    IReadOnlyList<CountryStats>? Countries,
    IReadOnlyList<ClientStats> Clients) : MonitorEvent(At)
{
    /// <summary>Response times since start (frozen); only in the final profile, and null when nothing was timed.</summary>
    public LatencySketch? Latency { get; init; }

    /// <summary>The sections with the most timed hits, with their response times since start; only in the final profile.</summary>
    public IReadOnlyList<SectionLatency> SectionLatencies { get; init; } = [];

    /// <summary>The hour of the day with the most hits, or null before any.</summary>
    public int? BusiestHour => Hours.Any(h => h > 0) ? Hours.Select((h, i) => (h, i)).MaxBy(x => x.h).i : null;
}
