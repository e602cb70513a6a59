using System.Reflection;
using System.Text.Json.Serialization;

namespace HttpMonitor.Core.Alerts;

/// <summary>Each metric's one name, the one config.json uses (taken from its <see cref="JsonStringEnumMemberNameAttribute"/>).</summary>
public static class AlertMetricNames
{
    private static readonly Dictionary<AlertMetric, string> Names = Enum.GetValues<AlertMetric>().ToDictionary(
        m => m,
        m => typeof(AlertMetric).GetField(m.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name);

    public static string Of(AlertMetric metric) => Names[metric];

    /// <summary>Every name, for messages that list them.</summary>
    public static IEnumerable<string> All => Names.Values;
}
