using System.Reflection;

namespace HttpMonitor.Core.Options;

/// <summary>
/// The config.json key of a setting, from the binding contract of the property that holds it: a key
/// is spelled in one place, its property, and code names it with <c>nameof</c>.
/// </summary>
public static class ConfigKey
{
    /// <summary>The key of a <see cref="MonitorOptions"/> property: <c>Of(nameof(MonitorOptions.TrafficAlertInterval))</c> is "trafficAlertInterval".</summary>
    public static string Of(string property) => Of(typeof(MonitorOptions), property);

    /// <summary>The key of a property of a type config.json binds to (a channel's, say).</summary>
    internal static string Of(Type owner, string property) =>
        ConfigJsonContext.Default.GetTypeInfo(owner)?.Properties
            .FirstOrDefault(p => p.AttributeProvider is MemberInfo member && member.Name == property)?.Name
        ?? throw new ArgumentException($"{owner.Name} has no setting {property}", nameof(property));
}
