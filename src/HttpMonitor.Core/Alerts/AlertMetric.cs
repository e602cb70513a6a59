using System.Text.Json.Serialization;

namespace HttpMonitor.Core.Alerts;

/// <summary>What an alert rule measures over its window (SEMANTICS, "Alert rules"); its JSON name in config.json.</summary>
public enum AlertMetric
{
    /// <summary>Hits / window, req/s.</summary>
    [JsonStringEnumMemberName("rate")]
    Rate,

    [JsonStringEnumMemberName("hits")]
    Hits,

    /// <summary>4xx + 5xx.</summary>
    [JsonStringEnumMemberName("errors")]
    Errors,

    [JsonStringEnumMemberName("4xx")]
    Errors4xx,

    [JsonStringEnumMemberName("5xx")]
    Errors5xx,

    /// <summary>(4xx + 5xx) / hits; undefined below the rule's minimum of hits.</summary>
    [JsonStringEnumMemberName("errorRatio")]
    ErrorRatio,

    /// <summary>5xx / hits; undefined below the rule's minimum of hits.</summary>
    [JsonStringEnumMemberName("5xxRatio")]
    Ratio5xx,

    /// <summary>Bytes / window.</summary>
    [JsonStringEnumMemberName("bytesRate")]
    BytesRate,

    /// <summary>Mean response time, ms, over timed hits.</summary>
    [JsonStringEnumMemberName("mean")]
    Mean,

    [JsonStringEnumMemberName("p50")]
    P50,

    [JsonStringEnumMemberName("p90")]
    P90,

    [JsonStringEnumMemberName("p95")]
    P95,

    [JsonStringEnumMemberName("p99")]
    P99,
}
