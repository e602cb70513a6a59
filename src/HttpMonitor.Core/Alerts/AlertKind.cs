namespace HttpMonitor.Core.Alerts;

/// <summary>The two alerts of SEMANTICS.md: average traffic, and errors (4xx+5xx).</summary>
public enum AlertKind
{
    Traffic,
    Errors,
}
