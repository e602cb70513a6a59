using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>
/// Where one alert stands at the end of a closed second: the value it was evaluated on and
/// whether it is active. Reported every second, for screens that show the levels.
/// </summary>
/// <param name="Value">Hits in the traffic window, or errors in the errors window.</param>
/// <param name="Average">Hits per second over the traffic window (traffic only).</param>
public sealed record AlertStatus(AlertRule Rule, DateTimeOffset At, long Value, double Average, bool Active) : MonitorEvent(At);
