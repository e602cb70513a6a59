using System.Globalization;

namespace HttpMonitor.Core.Options;

/// <summary>The rules every source of settings (config.json, the command line, the thresholds dialog) must pass.</summary>
public static class OptionsValidator
{
    /// <summary>The first problem found, or null when the options are valid.</summary>
    public static OptionsProblem? Check(MonitorOptions o) =>
        Threshold(nameof(MonitorOptions.AverageTrafficThreshold), o.AverageTrafficThreshold)
        ?? (o.TrafficRecoveryThreshold is { } r ? RecoveryThreshold(r, o.AverageTrafficThreshold) : null)
        ?? Interval(nameof(MonitorOptions.TrafficAlertInterval), o.TrafficAlertInterval)
        ?? Threshold(nameof(MonitorOptions.MaxErrorsThreshold), o.MaxErrorsThreshold)
        ?? Interval(nameof(MonitorOptions.ErrorsAlertInterval), o.ErrorsAlertInterval)
        ?? Interval(nameof(MonitorOptions.StatisticsInterval), o.StatisticsInterval)
        ?? Seconds(nameof(MonitorOptions.UiRefreshInterval), o.UiRefreshInterval, MonitorOptions.MinRefreshSeconds, MonitorOptions.MaxRefreshSeconds)
        ?? Seconds(nameof(MonitorOptions.LiveTolerance), o.LiveTolerance, 0, MonitorOptions.MaxToleranceSeconds)
        ?? (o.Top < 1 ? new OptionsProblem(nameof(MonitorOptions.Top), $"must be at least 1, not {o.Top}") : null)
        ?? LogPaths(o.LogPath)
        ?? (o.Syslog is { } syslog && SyslogAddress.Problem(syslog) is { } where ? new OptionsProblem(nameof(MonitorOptions.Syslog), where) : null)
        ?? (Parsing.LogFormats.Problem(o.LogFormat) is { } format ? new OptionsProblem(nameof(MonitorOptions.LogFormat), format) : null)
        ?? (o.Listen is { } listen && Metrics.ListenAddress.Problem(listen) is { } address ? new OptionsProblem(nameof(MonitorOptions.Listen), address) : null)
        ?? (o.Alerts is { } rules ? AlertRuleSet.Check(rules) : null)
        ?? UnknownRuleNames(o);

    /// <summary>The first problem found, as "key: problem", or null when the options are valid.</summary>
    public static string? FirstProblem(MonitorOptions o) => Check(o)?.ToString();

    /// <summary>Throws <see cref="ConfigException"/> with the first problem, prefixed by where the options came from.</summary>
    public static MonitorOptions Validated(this MonitorOptions options, string origin) =>
        Check(options) is { } problem ? throw new ConfigException($"{origin}: {problem}") : options;

    /// <summary>Each log named once at most, none empty, standard input once, a glob's wildcards in its file name.</summary>
    private static OptionsProblem? LogPaths(IReadOnlyList<string>? logs)
    {
        if (logs is null)
        {
            return null;
        }

        string? problem = logs.Count == 0 || logs.Any(l => l.Length == 0) ? "must not be empty (leave it out to watch demo traffic)"
            : logs.Count(l => l == Sources.LogSpec.StandardInput) > 1 ? "names standard input (-) twice; it can be read once"
            : logs.GroupBy(l => Sources.LogSpec.Parse(l).Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice ? $"names {twice.Key} twice; name each log once"
            : logs.Select(Sources.LogSpec.Parse).Where(l => l.IsGlob).Select(l => Sources.LogGlob.Problem(l.Path)).FirstOrDefault(p => p is not null);
        return problem is null ? null : new OptionsProblem(nameof(MonitorOptions.LogPath), problem);
    }

    private static OptionsProblem? Threshold(string property, double value) =>
        double.IsFinite(value) && value >= 0 ? null : new(property, Invariant($"must be a number of at least 0, not {value}"));

    private static OptionsProblem? Seconds(string property, double value, double min, double max) =>
        double.IsFinite(value) && value >= min && value <= max
            ? null
            : new(property, Invariant($"must be a number of seconds from {min} to {max}, not {value}"));

    private static OptionsProblem? Interval(string property, int seconds) => seconds switch
    {
        <= 0 => new(property, $"must be a whole number of seconds above 0, not {seconds}"),
        > MonitorOptions.MaxIntervalSeconds => new(property, $"must be at most {MonitorOptions.MaxIntervalSeconds} seconds (one day), not {seconds}"),
        _ => null,
    };

    private static OptionsProblem? RecoveryThreshold(double recovery, double threshold) =>
        Threshold(nameof(MonitorOptions.TrafficRecoveryThreshold), recovery)
        ?? (recovery > threshold
            ? new OptionsProblem(nameof(MonitorOptions.TrafficRecoveryThreshold),
                Invariant($"must not be above {ConfigKey.Of(nameof(MonitorOptions.AverageTrafficThreshold))} ({threshold}), not {recovery}"))
            : null);

    /// <summary>A channel that asks for the alerts of a rule that does not exist would never send them: said at start.</summary>
    private static OptionsProblem? UnknownRuleNames(MonitorOptions o)
    {
        var names = AlertRuleSet.Of(o).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < o.Notifications.Count; i++)
        {
            if (o.Notifications[i].Alerts?.FirstOrDefault(name => !names.Contains(name)) is { } unknown)
            {
                return new OptionsProblem(nameof(MonitorOptions.Notifications),
                    $"no alert rule is named \"{unknown}\"; the rules are {string.Join(", ", names.Order(StringComparer.Ordinal))}", $"[{i}].alerts");
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
