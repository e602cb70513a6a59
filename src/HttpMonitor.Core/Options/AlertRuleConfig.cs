using HttpMonitor.Core.Alerts;

namespace HttpMonitor.Core.Options;

/// <summary>
/// One rule of <c>alerts</c> as config.json writes it (SEMANTICS, "Alert rules"); a key left out is
/// null here and takes its default when the rule is compiled (<see cref="AlertRuleSet"/>).
/// </summary>
/// <example><c>{"name":"api-slow","metric":"p95","window":60,"above":800,"recover":600,"for":30,"minRequests":20,"section":"/api","severity":"critical"}</c></example>
public sealed record AlertRuleConfig
{
    /// <summary><c>name</c>: unique, shown in messages. Required.</summary>
    public string? Name { get; init; }

    /// <summary><c>metric</c>: rate, hits, errors, 4xx, 5xx, errorRatio, 5xxRatio, bytesRate, mean, p50, p90, p95, p99. Required.</summary>
    public AlertMetric? Metric { get; init; }

    /// <summary><c>window</c>: seconds the metric is taken over, 1 to 86400. The default is 60.</summary>
    public int? Window { get; init; }

    /// <summary><c>above</c>: triggers when the value is above it. Exactly one of above and below.</summary>
    public double? Above { get; init; }

    /// <summary><c>below</c>: triggers when the value is below it (traffic stopped, say).</summary>
    public double? Below { get; init; }

    /// <summary><c>recover</c>: ends the alert at or past it; on the safe side of the threshold. The default is the threshold.</summary>
    public double? Recover { get; init; }

    /// <summary><c>for</c>: seconds the condition must hold before it triggers, 0 to 86400. The default is 0.</summary>
    public int? For { get; init; }

    /// <summary><c>minRequests</c>: hits (timed hits, for latencies) below which ratios and latencies are undefined. The default is 1.</summary>
    public int? MinRequests { get; init; }

    /// <summary><c>section</c>: only this section's hits count, e.g. "/api". The default is all.</summary>
    public string? Section { get; init; }

    /// <summary><c>vhost</c>: only this virtual host's hits count. The default is all.</summary>
    public string? Vhost { get; init; }

    /// <summary><c>severity</c>: warning or critical. The default is warning.</summary>
    public AlertSeverity? Severity { get; init; }
}
