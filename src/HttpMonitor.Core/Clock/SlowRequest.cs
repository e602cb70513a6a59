namespace HttpMonitor.Core.Clock;

/// <summary>One of the slowest requests of a second: what a "slowest requests" list shows.</summary>
/// <param name="At">The time its line gave (the log's time, which may be earlier than the second it counted in).</param>
/// <param name="Path">Its path, bounded as every kept field is.</param>
public sealed record SlowRequest(DateTimeOffset At, string Section, string Path, int Status, long DurationMicros)
{
    /// <summary>Its place among the timed hits of its second, in the order they were read: the last tie-break.</summary>
    public long Seen { get; init; }

    /// <summary>Slowest first; on a tie, the earlier stamped first, then the first read (a total order: any two sorts agree).</summary>
    public static int CompareBySlowness(SlowRequest a, SlowRequest b)
    {
        int byDuration = b.DurationMicros.CompareTo(a.DurationMicros);
        int byTime = byDuration != 0 ? byDuration : a.At.CompareTo(b.At);
        return byTime != 0 ? byTime : a.Seen.CompareTo(b.Seen);
    }
}
