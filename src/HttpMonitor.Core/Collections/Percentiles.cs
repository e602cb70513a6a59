namespace HttpMonitor.Core.Collections;

/// <summary>The nearest-rank percentiles the monitor shows, in µs (<see cref="LatencySketch.Percentiles"/>).</summary>
public readonly record struct Percentiles(long P50, long P90, long P95, long P99);
