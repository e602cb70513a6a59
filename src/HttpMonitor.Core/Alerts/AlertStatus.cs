using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>
/// Where one alert rule stands at the end of a closed second: the value it was evaluated on,
/// whether it is active, and while not, for how many evaluations its condition has held (its
/// <c>for</c> counts up to <see cref="AlertRule.ForSeconds"/> + 1). Reported every second.
/// </summary>
/// <param name="Value">The rule's metric over its window; null when undefined.</param>
/// <param name="Hits">Hits in the rule's window (after its filters).</param>
public sealed record AlertStatus(AlertRule Rule, DateTimeOffset At, double? Value, long Hits, bool Active, long Held) : MonitorEvent(At)
{
    /// <summary>Whether the condition holds but has not held long enough yet (<c>for</c>).</summary>
    public bool Pending => !Active && Held > 0;
}
