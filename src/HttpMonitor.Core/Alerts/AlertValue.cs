using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>A rule's metric from the hits of its window, as SEMANTICS defines each; null when undefined.</summary>
internal static class AlertValue
{
    public static double? Of(AlertRule rule, Tally window) => rule.Metric switch
    {
        AlertMetric.Rate => (double)window.Hits / rule.WindowSeconds, // the whole window divides, also at the start
        AlertMetric.Hits => window.Hits,
        AlertMetric.Errors => window.Errors,
        AlertMetric.Errors4xx => window.Errors4xx,
        AlertMetric.Errors5xx => window.Errors5xx,
        AlertMetric.BytesRate => (double)window.Bytes / rule.WindowSeconds,
        AlertMetric.ErrorRatio => window.Hits >= rule.MinRequests && window.Hits > 0 ? (double)window.Errors / window.Hits : null,
        AlertMetric.Ratio5xx => window.Hits >= rule.MinRequests && window.Hits > 0 ? (double)window.Errors5xx / window.Hits : null,
        _ => throw new ArgumentException($"{rule.MetricName} is a response time: read it from the window's durations", nameof(rule)),
    };

    /// <summary>A response-time metric in ms over the window's timed hits; undefined below <c>minRequests</c> of them.</summary>
    public static double? Of(AlertRule rule, SlidingLatency window)
    {
        if (window.Count < Math.Max(1, rule.MinRequests))
        {
            return null;
        }

        double micros = rule.Metric switch
        {
            AlertMetric.Mean => (double)window.Sum / window.Count,
            AlertMetric.P50 => window.Quantile(0.50),
            AlertMetric.P90 => window.Quantile(0.90),
            AlertMetric.P95 => window.Quantile(0.95),
            AlertMetric.P99 => window.Quantile(0.99),
            _ => throw new ArgumentException($"{rule.MetricName} is not a response time", nameof(rule)),
        };
        return micros / 1000;
    }
}
