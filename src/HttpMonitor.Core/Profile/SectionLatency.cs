using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Profile;

/// <summary>One section's response times since start (frozen).</summary>
public sealed record SectionLatency(string Section, LatencySketch Latency);
