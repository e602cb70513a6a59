namespace HttpMonitor.Core.Alerts;

/// <summary>What an alert did: it fired, or it recovered.</summary>
public enum AlertState
{
    Triggered,
    Recovered,
}
