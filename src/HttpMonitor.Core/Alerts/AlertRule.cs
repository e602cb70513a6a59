namespace HttpMonitor.Core.Alerts;

/// <summary>
/// One alert rule, evaluated at the end of every closed second over the closed seconds of its
/// window, on the hits that pass its filters (SEMANTICS, "Alert rules").
/// </summary>
/// <param name="Threshold">Triggers when the value is above it (or below it, with <paramref name="Below"/>).</param>
/// <param name="Recover">Ends the alert when the value is at or below it (at or above, for a below-rule); null: the threshold.</param>
/// <param name="ForSeconds">The condition must hold at every evaluation of this many seconds before it triggers.</param>
/// <param name="MinRequests">Below this many hits (timed hits, for latencies) ratios and latencies are undefined.</param>
/// <param name="Section">Only this section's hits count; null: all.</param>
/// <param name="Vhost">Only this virtual host's hits count; null: all.</param>
/// <param name="Seed">One of the two seed alerts, whose words stay as they were; <see cref="SeedAlert.None"/> for the others.</param>
public sealed record AlertRule(
    string Name,
    AlertMetric Metric,
    int WindowSeconds,
    double Threshold,
    bool Below = false,
    double? Recover = null,
    int ForSeconds = 0,
    int MinRequests = 1,
    string? Section = null,
    string? Vhost = null,
    AlertSeverity Severity = AlertSeverity.Warning,
    SeedAlert Seed = SeedAlert.None)
{
    /// <summary>Where the alert ends: <see cref="Recover"/>, or the threshold.</summary>
    public double RecoverAt => Recover ?? Threshold;

    /// <summary>
    /// The seed traffic alert's lower recovery threshold must be crossed, not reached ("below an
    /// optional, lower recovery threshold"); every other rule recovers on reaching its level.
    /// </summary>
    public bool RecoversStrictly => Seed == SeedAlert.Traffic && Recover is not null;

    /// <summary>Whether the metric needs hits or timed hits to be defined.</summary>
    public bool IsRatioOrLatency => Metric is AlertMetric.ErrorRatio or AlertMetric.Ratio5xx or >= AlertMetric.Mean;

    /// <summary>Whether the metric is a response time (mean, p50 … p99), read from timed hits.</summary>
    public bool IsLatency => Metric >= AlertMetric.Mean;

    /// <summary>The metric's name in config.json and messages: rate, errorRatio, 5xx, p95, …</summary>
    public string MetricName => AlertMetricNames.Of(Metric);
}
