namespace HttpMonitor.Core.Clock;

/// <summary>Something the pipeline reports, at an instant of the monitor's clock.</summary>
public abstract record MonitorEvent(DateTimeOffset Time);
