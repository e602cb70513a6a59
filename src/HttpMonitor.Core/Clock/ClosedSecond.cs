using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// One closed second [Start, Start+1s): everything it saw. The seam of the monitor: the clock
/// makes these, and every statistic and alert downstream is a fold over them. Every second from
/// the clock's start is reported, also when nothing happened in it; a run of empty seconds that
/// one move of the clock closes comes as one, with its <see cref="Count"/>, so that a gap of any
/// length costs the same.
/// </summary>
/// <param name="Sections">Sections in the order first seen in this second.</param>
/// <param name="Clients">Client addresses with their hits and errors, in the order first seen.</param>
/// <param name="Hours">The weekday-hours (the log's own time) its lines were stamped in.</param>
/// <param name="Count">How many seconds this closes: 1, or the length of a run of empty seconds.</param>
public sealed record ClosedSecond(
    DateTimeOffset Start,
    Tally Tally,
    IReadOnlyList<SectionStats> Sections,
    ClientCounts Clients,
    IReadOnlyList<HourCount> Hours,
    long Count = 1) : MonitorEvent(Start.AddSeconds(Count))
{
    /// <summary>The virtual hosts of its lines, in the order first seen; none when the format gives no vhost.</summary>
    public IReadOnlyList<VhostStats> Vhosts { get; init; } = [];

    /// <summary>The sources of its lines (files, syslog senders), in the order first seen; none when the run reads one input.</summary>
    public IReadOnlyList<SourceStats> Sources { get; init; } = [];

    /// <summary>The response times of its timed hits (frozen); null when none was timed.</summary>
    public LatencySketch? Latency { get; init; }

    /// <summary>Its slowest timed hits, slowest first (at most <see cref="SlowestInSecond.Capacity"/>).</summary>
    public IReadOnlyList<SlowRequest> Slowest { get; init; } = [];

    public static ClosedSecond Empty(DateTimeOffset start) => new(start, default, [], ClientCounts.Empty, []);

    /// <summary><paramref name="count"/> empty seconds from <paramref name="start"/>.</summary>
    public static ClosedSecond Quiet(DateTimeOffset start, long count) => new(start, default, [], ClientCounts.Empty, [], count);
}
