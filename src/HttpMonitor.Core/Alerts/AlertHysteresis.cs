namespace HttpMonitor.Core.Alerts;

/// <summary>
/// The state of one alert: inactive until its trigger condition holds, then active until
/// its recovery condition holds. Reports only the transitions.
/// </summary>
internal sealed class AlertHysteresis(AlertKind kind)
{
    private DateTimeOffset _since;

    public bool Active { get; private set; }

    /// <returns>The trigger or recovery this evaluation causes, or null.</returns>
    public AlertEvent? Evaluate(DateTimeOffset at, long value, double average, double threshold, bool triggers, bool recovers)
    {
        if (!Active && triggers)
        {
            Active = true;
            _since = at;
            return new AlertEvent(kind, AlertState.Triggered, at, value, average, threshold, TimeSpan.Zero);
        }

        if (Active && recovers)
        {
            Active = false;
            return new AlertEvent(kind, AlertState.Recovered, at, value, average, threshold, at - _since);
        }

        return null;
    }
}
