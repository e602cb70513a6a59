namespace HttpMonitor.Core.Clock;

/// <summary>How many threads parse a replay (<c>replay --threads</c>).</summary>
public static class Threads
{
    /// <summary>As many as pay on this machine for the log's format (<c>ParallelParse</c>).</summary>
    public const int Auto = 0;
}
