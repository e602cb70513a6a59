namespace HttpMonitor.Core.Pipeline;

/// <summary>Counts of one section over a second or a window, with its heaviest document.</summary>
public sealed record SectionStats(
    string Section,
    long Hits,
    long Errors4xx,
    long Errors5xx,
    long Bytes,
    string HeaviestPath,
    long HeaviestBytes)
{
    /// <summary>Hits descending, then section name (ordinal): the order of every sections table.</summary>
    public static int CompareByRank(SectionStats a, SectionStats b)
    {
        int byHits = b.Hits.CompareTo(a.Hits);
        return byHits != 0 ? byHits : string.CompareOrdinal(a.Section, b.Section);
    }
}
