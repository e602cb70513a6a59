using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// A closed statistics window [Start, End). <see cref="Partial"/> marks the unfinished last
/// window of a replay, reported at end of input.
/// </summary>
/// <param name="Sections">Every section of the window, ranked by <see cref="SectionStats.CompareByRank"/>.</param>
/// <param name="Clients">The window's top client addresses (computed when first read).</param>
public sealed record WindowStats(
    DateTimeOffset Start,
    DateTimeOffset End,
    bool Partial,
    Tally Tally,
    IReadOnlyList<SectionStats> Sections,
    IReadOnlyList<ClientStats> Clients) : MonitorEvent(End)
{
    /// <summary>The window's virtual hosts, ranked by <see cref="VhostStats.CompareByRank"/>; none when the format gives no vhost.</summary>
    public IReadOnlyList<VhostStats> Vhosts { get; init; } = [];

    /// <summary>The window's sources (files, syslog senders), ranked by <see cref="SourceStats.CompareByRank"/>; none when the run reads one input.</summary>
    public IReadOnlyList<SourceStats> Sources { get; init; } = [];

    /// <summary>The response times of the window's timed hits (frozen); null when none was timed.</summary>
    public LatencySketch? Latency { get; init; }

    public long Hits => Tally.Hits;

    public long Errors4xx => Tally.Errors4xx;

    public long Errors5xx => Tally.Errors5xx;

    public long Bytes => Tally.Bytes;
}
