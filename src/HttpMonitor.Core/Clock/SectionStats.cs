using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>One section's counts over a second or a window, with its heaviest document and its response times.</summary>
/// <param name="HeaviestPath">The path with the most bytes; on a tie the first seen.</param>
public sealed record SectionStats(string Section, Tally Tally, string HeaviestPath, long HeaviestBytes)
{
    /// <summary>The response times of its timed hits (frozen); null when none was timed.</summary>
    public LatencySketch? Latency { get; init; }

    public long Hits => Tally.Hits;

    public long Errors4xx => Tally.Errors4xx;

    public long Errors5xx => Tally.Errors5xx;

    public long Bytes => Tally.Bytes;

    /// <summary>
    /// Both summed, <paramref name="later"/> after this one: its heaviest document replaces this
    /// one's only when strictly heavier. The response times are merged into a new sketch; a fold
    /// over many seconds merges into sketches of its own instead (see Pipeline's SectionTable).
    /// </summary>
    public SectionStats Merge(SectionStats later) => MergeCounts(later) with { Latency = LatencySketch.Merged(Latency, later.Latency) };

    /// <summary>The counts and heaviest document of both, with this one's response times as they are.</summary>
    public SectionStats MergeCounts(SectionStats later) => later.HeaviestBytes > HeaviestBytes
        ? this with { Tally = Tally + later.Tally, HeaviestPath = later.HeaviestPath, HeaviestBytes = later.HeaviestBytes }
        : this with { Tally = Tally + later.Tally };

    /// <summary>Hits descending, then section name (ordinal): the order of every sections table.</summary>
    public static int CompareByRank(SectionStats a, SectionStats b)
    {
        int byHits = b.Hits.CompareTo(a.Hits);
        return byHits != 0 ? byHits : string.CompareOrdinal(a.Section, b.Section);
    }
}
