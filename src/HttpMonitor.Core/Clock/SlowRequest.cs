namespace HttpMonitor.Core.Clock;

/// <summary>One of the slowest requests of a second: what a "slowest requests" list shows.</summary>
/// <param name="At">The time its line gave (the log's time, which may be earlier than the second it counted in).</param>
/// <param name="Path">Its path, bounded as every kept field is.</param>
public sealed record SlowRequest(DateTimeOffset At, string Section, string Path, int Status, long DurationMicros)
{
    /// <summary>Slowest first; on a tie, the earlier first.</summary>
    public static int CompareBySlowness(SlowRequest a, SlowRequest b)
    {
        int byDuration = b.DurationMicros.CompareTo(a.DurationMicros);
        return byDuration != 0 ? byDuration : a.At.CompareTo(b.At);
    }
}
