namespace HttpMonitor.Core.Clock;

/// <summary>One source's counts (a followed file, standard input, a syslog sender) over a second or a window.</summary>
public sealed record SourceStats(string Source, Tally Tally)
{
    public long Hits => Tally.Hits;

    public long Errors4xx => Tally.Errors4xx;

    public long Errors5xx => Tally.Errors5xx;

    public long Bytes => Tally.Bytes;

    /// <summary>Hits descending, then name (ordinal): the ranking of sections and vhosts.</summary>
    public static int CompareByRank(SourceStats a, SourceStats b)
    {
        int byHits = b.Hits.CompareTo(a.Hits);
        return byHits != 0 ? byHits : string.CompareOrdinal(a.Source, b.Source);
    }
}
