namespace HttpMonitor.Core.Metrics;

/// <summary>What a scrape reads beside the snapshot, at the moment of the request.</summary>
/// <param name="Now">The wall clock, for the clock's lag.</param>
/// <param name="Rotations">How many times the followed log was rotated; null in a replay (no file is followed).</param>
/// <param name="Truncations">How many times it was truncated and read again from its start; null in a replay.</param>
/// <param name="Version">The program's version, for <c>httpmonitor_build_info</c>.</param>
public sealed record ScrapeContext(DateTimeOffset Now, long? Rotations, long? Truncations, string Version);
