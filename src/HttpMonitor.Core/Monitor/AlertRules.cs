using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Monitor;

/// <summary>The alert rules the settings describe: the traffic alert and the errors alert of SEMANTICS.md.</summary>
internal static class AlertRules
{
    public static AlertRule Traffic(MonitorOptions o) =>
        new(AlertKind.Traffic, o.TrafficAlertInterval, o.AverageTrafficThreshold, o.TrafficRecoveryThreshold);

    public static AlertRule Errors(MonitorOptions o) =>
        new(AlertKind.Errors, o.ErrorsAlertInterval, o.MaxErrorsThreshold);
}
