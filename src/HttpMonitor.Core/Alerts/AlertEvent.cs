using System.Globalization;
using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>A trigger or recovery of an alert rule at instant <see cref="MonitorEvent.Time"/>.</summary>
/// <param name="Value">The rule's metric over its window; null when undefined (too few hits for a ratio or latency).</param>
/// <param name="Hits">Hits in the rule's window (after its filters).</param>
/// <param name="Threshold">The threshold that applied: the trigger threshold, or for a recovery the recovery threshold.</param>
/// <param name="Duration">How long the alert lasted (recoveries only).</param>
public sealed record AlertEvent(
    AlertRule Rule,
    AlertState State,
    DateTimeOffset At,
    double? Value,
    long Hits,
    double Threshold,
    TimeSpan Duration) : MonitorEvent(At)
{
    public bool Triggered => State == AlertState.Triggered;

    /// <summary>The message shown on every screen, as SEMANTICS.md words it; the two seed alerts keep their own.</summary>
    public string Message => (Rule.Seed, State) switch
    {
        (SeedAlert.Traffic, AlertState.Triggered) =>
            $"High traffic generated an alert - hits = {Hits}, triggered at {TimeFormat.Utc(At)}",
        (SeedAlert.Traffic, _) =>
            $"High traffic alert recovered - hits = {Hits}, recovered at {TimeFormat.Utc(At)}, lasted {TimeFormat.Duration(Duration)}",
        (SeedAlert.Errors, AlertState.Triggered) =>
            $"High error rate generated an alert - errors = {Count}, triggered at {TimeFormat.Utc(At)}",
        (SeedAlert.Errors, _) =>
            $"High error rate alert recovered - errors = {Count}, recovered at {TimeFormat.Utc(At)}, lasted {TimeFormat.Duration(Duration)}",
        (_, AlertState.Triggered) =>
            $"{Rule.Name} generated an alert - {Rule.MetricName} = {ValueText}, triggered at {TimeFormat.Utc(At)}",
        _ =>
            $"{Rule.Name} alert recovered - {Rule.MetricName} = {ValueText}, recovered at {TimeFormat.Utc(At)}, lasted {TimeFormat.Duration(Duration)}",
    };

    /// <summary>The value as messages write it: up to three decimals, or "undefined".</summary>
    public string ValueText => Value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "undefined";

    /// <summary>The value of a counting metric (errors), whole.</summary>
    private long Count => (long)(Value ?? 0);
}
