namespace HttpMonitor.Core.Alerts;

/// <summary>
/// The two alerts the monitor started with, now its default rules: their messages and jsonl
/// fields stay word for word as they were, for the scripts that read them.
/// </summary>
public enum SeedAlert
{
    /// <summary>A rule of config.json's <c>alerts</c>.</summary>
    None,

    /// <summary>"High traffic generated an alert - hits = …": rate above averageTrafficThreshold.</summary>
    Traffic,

    /// <summary>"High error rate generated an alert - errors = …": errors above maxErrorsThreshold.</summary>
    Errors,
}
