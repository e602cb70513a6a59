using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// A closed statistics window [Start, End). <see cref="Partial"/> marks the unfinished last
/// window of a replay, reported at end of input.
/// </summary>
/// <param name="Sections">Every section of the window, ranked by <see cref="SectionStats.CompareByRank"/>.</param>
public sealed record WindowStats(
    DateTimeOffset Start,
    DateTimeOffset End,
    bool Partial,
    long Hits,
    long Errors4xx,
    long Errors5xx,
    long Bytes,
    IReadOnlyList<SectionStats> Sections) : MonitorEvent(End)
{
    /// <summary>The window's top client addresses.</summary>
    public IReadOnlyList<Profile.ClientStats> Clients { get; init; } = [];
}
