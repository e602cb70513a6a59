using System.Text.Json.Serialization;

namespace HttpMonitor.Core.Alerts;

/// <summary>How urgent a rule's alert is: shown in its own colour, and channels may subscribe to severities.</summary>
public enum AlertSeverity
{
    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("critical")]
    Critical,
}
