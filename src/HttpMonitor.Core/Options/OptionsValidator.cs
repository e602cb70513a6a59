namespace HttpMonitor.Core.Options;

/// <summary>The rules every source of settings (config.json, the command line, the thresholds dialog) must pass.</summary>
public static class OptionsValidator
{
    /// <summary>The first problem found, as "key: problem", or null when the options are valid.</summary>
    public static string? FirstProblem(MonitorOptions o)
    {
        return Threshold("averageTrafficThreshold", o.AverageTrafficThreshold)
            ?? (o.TrafficRecoveryThreshold is { } r ? RecoveryThreshold(r, o.AverageTrafficThreshold) : null)
            ?? Interval("trafficAlertInterval", o.TrafficAlertInterval)
            ?? Threshold("maxErrorsThreshold", o.MaxErrorsThreshold)
            ?? Interval("errorsAlertInterval", o.ErrorsAlertInterval)
            ?? Interval("statisticsInterval", o.StatisticsInterval)
            ?? Positive("uiRefreshInterval", o.UiRefreshInterval)
            ?? Threshold("liveTolerance", o.LiveTolerance)
            ?? (o.Top < 1 ? $"top: must be at least 1, not {o.Top}" : null)
            ?? (o.LogPath is "" ? "logPath: must not be empty (leave it out to watch demo traffic)" : null);
    }

    /// <summary>Throws <see cref="ConfigException"/> with the first problem, prefixed by where the options came from.</summary>
    public static MonitorOptions Validated(this MonitorOptions options, string origin)
    {
        string? problem = FirstProblem(options);
        return problem is null ? options : throw new ConfigException($"{origin}: {problem}");
    }

    private static string? Threshold(string key, double value) =>
        double.IsFinite(value) && value >= 0 ? null : $"{key}: must be a number of at least 0, not {value}";

    private static string? Positive(string key, double value) =>
        double.IsFinite(value) && value > 0 ? null : $"{key}: must be a number above 0, not {value}";

    private static string? Interval(string key, int seconds) => seconds switch
    {
        <= 0 => $"{key}: must be a whole number of seconds above 0, not {seconds}",
        > MonitorOptions.MaxIntervalSeconds => $"{key}: must be at most {MonitorOptions.MaxIntervalSeconds} seconds (one day), not {seconds}",
        _ => null,
    };

    private static string? RecoveryThreshold(double recovery, double threshold) =>
        Threshold("trafficRecoveryThreshold", recovery)
        ?? (recovery > threshold
            ? $"trafficRecoveryThreshold: must not be above averageTrafficThreshold ({threshold}), not {recovery}"
            : null);
}
