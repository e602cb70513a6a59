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
        _ => null, // response times: not measured yet
    };
}
