namespace HttpMonitor.Core.Clock;

/// <summary>How many threads parse a replay (<c>replay --threads</c>).</summary>
public static class Threads
{
    /// <summary>One per core; w3c is read in order whatever the number (<c>ParallelParse</c>).</summary>
    public const int Auto = 0;
}
