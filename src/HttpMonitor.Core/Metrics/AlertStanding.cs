using HttpMonitor.Core.Alerts;

namespace HttpMonitor.Core.Metrics;

/// <summary>Where one rule stands, with the trigger of its alert while it is firing.</summary>
/// <param name="Trigger">The event that fired the alert now active; null when it is not.</param>
public sealed record AlertStanding(AlertStatus Status, AlertEvent? Trigger)
{
    public AlertRule Rule => Status.Rule;
}
