using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>A trigger or recovery of an alert at instant <see cref="MonitorEvent.Time"/>.</summary>
/// <param name="Value">Hits in the traffic window, or errors in the errors window.</param>
/// <param name="Average">Hits per second over the traffic window (traffic alerts only).</param>
/// <param name="Threshold">The threshold that applied: the trigger threshold, or for a recovery the lower recovery threshold when one is set.</param>
/// <param name="Duration">How long the alert lasted (recoveries only).</param>
public sealed record AlertEvent(
    AlertKind Kind,
    AlertState State,
    DateTimeOffset At,
    long Value,
    double Average,
    double Threshold,
    TimeSpan Duration) : MonitorEvent(At)
{
    /// <summary>The message shown on every screen, as SEMANTICS.md words it.</summary>
    public string Message => (Kind, State) switch
    {
        (AlertKind.Traffic, AlertState.Triggered) =>
            $"High traffic generated an alert - hits = {Value}, triggered at {TimeFormat.Utc(At)}",
        (AlertKind.Traffic, AlertState.Recovered) =>
            $"High traffic alert recovered - hits = {Value}, recovered at {TimeFormat.Utc(At)}, lasted {TimeFormat.Duration(Duration)}",
        (AlertKind.Errors, AlertState.Triggered) =>
            $"High error rate generated an alert - errors = {Value}, triggered at {TimeFormat.Utc(At)}",
        _ =>
            $"High error rate alert recovered - errors = {Value}, recovered at {TimeFormat.Utc(At)}, lasted {TimeFormat.Duration(Duration)}",
    };
}
