using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>One virtual host's counts over a second or a window, and its response times.</summary>
public sealed record VhostStats(string Vhost, Tally Tally)
{
    /// <summary>The response times of its timed hits (frozen); null when none was timed.</summary>
    public LatencySketch? Latency { get; init; }

    public long Hits => Tally.Hits;

    public long Errors4xx => Tally.Errors4xx;

    public long Errors5xx => Tally.Errors5xx;

    public long Bytes => Tally.Bytes;

    /// <summary>Hits descending, then name (ordinal): the ranking of sections (SEMANTICS "Virtual hosts").</summary>
    public static int CompareByRank(VhostStats a, VhostStats b)
    {
        int byHits = b.Hits.CompareTo(a.Hits);
        return byHits != 0 ? byHits : string.CompareOrdinal(a.Vhost, b.Vhost);
    }
}
