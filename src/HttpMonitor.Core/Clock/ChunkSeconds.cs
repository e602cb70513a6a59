namespace HttpMonitor.Core.Clock;

/// <summary>A chunk's seconds with lines, in order, each by the chunk's own clock, and its line counts.</summary>
internal sealed record ChunkSeconds(IReadOnlyList<ClosedSecond> Seconds, LineCounts Counts);
