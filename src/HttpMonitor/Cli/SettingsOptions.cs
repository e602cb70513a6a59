using System.CommandLine;
using static System.FormattableString;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Cli;

/// <summary>The command-line options that override config.json, each linked to the setting it overrides.</summary>
internal sealed class SettingsOptions
{
    private const string Seconds = "a whole number of seconds";

    private static readonly MonitorOptions Defaults = new();

    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = $"Read settings from this JSON file [default: ./{ConfigFile.DefaultPath} when present]",
        HelpName = "PATH",
    };

    public SettingOption Log { get; } = SettingOption.List(
        "--log", "PATH", $"An access log to follow (in any format of --format); again for more logs, a glob ('*.access.log') for every match, - for standard input, NAME=PATH to count a file's lines under the vhost NAME [default: {ConfigKey.Of(nameof(MonitorOptions.LogPath))} of config.json, else demo traffic]",
        nameof(MonitorOptions.LogPath), (o, v) => o with { LogPath = v }, "-l");

    public SettingOption Syslog { get; } = SettingOption.Text(
        "--syslog", "URL", "Listen for syslog messages (RFC 3164, RFC 5424) whose bodies are log lines: udp://HOST:PORT or tcp://HOST:PORT, e.g. nginx's access_log syslog:server=127.0.0.1:5514 [default: none]",
        nameof(MonitorOptions.Syslog), (o, v) => o with { Syslog = v });

    public SettingOption Format { get; } = SettingOption.Text(
        "--format", "FORMAT", $"How lines are read: {LogFormats.Choices}, e.g. nginx:'$remote_addr [$time_local] \"$request\" $status' pasted from nginx.conf (docs/formats.md) [default: {Defaults.LogFormat}: the first line chooses]",
        nameof(MonitorOptions.LogFormat), (o, v) => o with { LogFormat = v });

    public SettingOption TrafficThreshold { get; } = SettingOption.Number(
        "--traffic-threshold", "REQ/S", Invariant($"Traffic alert above this average, req/s [default: {Defaults.AverageTrafficThreshold}]"),
        nameof(MonitorOptions.AverageTrafficThreshold), "a number", (o, v) => o with { AverageTrafficThreshold = v });

    public SettingOption RecoveryThreshold { get; } = SettingOption.Number(
        "--recovery-threshold", "REQ/S", "Traffic alert recovers below this lower average, req/s [default: at the threshold]",
        nameof(MonitorOptions.TrafficRecoveryThreshold), "a number", (o, v) => o with { TrafficRecoveryThreshold = v });

    public SettingOption TrafficWindow { get; } = SettingOption.Whole(
        "--traffic-window", "SECONDS", Invariant($"Seconds the traffic average is taken over, 1 to {MonitorOptions.MaxIntervalSeconds} [default: {Defaults.TrafficAlertInterval}]"),
        nameof(MonitorOptions.TrafficAlertInterval), Seconds, (o, v) => o with { TrafficAlertInterval = v });

    public SettingOption ErrorThreshold { get; } = SettingOption.Number(
        "--error-threshold", "COUNT", Invariant($"Errors alert when more 4xx+5xx than this fall in the errors window [default: {Defaults.MaxErrorsThreshold}]"),
        nameof(MonitorOptions.MaxErrorsThreshold), "a number", (o, v) => o with { MaxErrorsThreshold = v });

    public SettingOption ErrorWindow { get; } = SettingOption.Whole(
        "--error-window", "SECONDS", Invariant($"Seconds errors are counted over, 1 to {MonitorOptions.MaxIntervalSeconds} [default: {Defaults.ErrorsAlertInterval}]"),
        nameof(MonitorOptions.ErrorsAlertInterval), Seconds, (o, v) => o with { ErrorsAlertInterval = v });

    public SettingOption StatsInterval { get; } = SettingOption.Whole(
        "--stats-interval", "SECONDS", Invariant($"Seconds per statistics window, 1 to {MonitorOptions.MaxIntervalSeconds} [default: {Defaults.StatisticsInterval}]"),
        nameof(MonitorOptions.StatisticsInterval), Seconds, (o, v) => o with { StatisticsInterval = v });

    public SettingOption Top { get; } = SettingOption.Whole(
        "--top", "N", Invariant($"Sections shown per window [default: {Defaults.Top}]"),
        nameof(MonitorOptions.Top), "a whole number", (o, v) => o with { Top = v });

    public SettingOption Geoip { get; } = SettingOption.Text(
        "--geoip", "PATH", "A MaxMind DB file (GeoLite2-Country or -City) for the countries of clients [default: none]",
        nameof(MonitorOptions.GeoipDatabase), (o, v) => o with { GeoipDatabase = v });

    public SettingOption Tolerance { get; } = SettingOption.Number(
        "--tolerance", "SECONDS", Invariant($"Seconds the live clock trails the wall clock, 0 to {MonitorOptions.MaxToleranceSeconds} [default: {Defaults.LiveTolerance}]"),
        nameof(MonitorOptions.LiveTolerance), "a number of seconds", (o, v) => o with { LiveTolerance = v });

    public SettingOption Refresh { get; } = SettingOption.Number(
        "--refresh", "SECONDS", Invariant($"Seconds between repaints of the window, {MonitorOptions.MinRefreshSeconds} to {MonitorOptions.MaxRefreshSeconds} [default: {Defaults.UiRefreshInterval}]"),
        nameof(MonitorOptions.UiRefreshInterval), "a number of seconds", (o, v) => o with { UiRefreshInterval = v });

    public SettingOption Listen { get; } = SettingOption.Text(
        "--listen", "ADDR:PORT", "Serve Prometheus metrics (/metrics), /api/state and /healthz there; :9464 is 127.0.0.1:9464, 0.0.0.0:9464 every interface (docs/metrics.md) [default: none]",
        nameof(MonitorOptions.Listen), (o, v) => o with { Listen = v });

    public SettingOption LocalTime { get; } = SettingOption.Flag(
        "--local-time", "Show times in the window in the local time zone [default: UTC]; JSON lines and alerts stay in UTC",
        nameof(MonitorOptions.LocalTime), o => o with { LocalTime = true });

    /// <summary>The settings of every command that monitors a log (the window, --no-ui, replay, demo).</summary>
    public IReadOnlyList<SettingOption> Monitoring => [TrafficThreshold, RecoveryThreshold, TrafficWindow, ErrorThreshold, ErrorWindow, StatsInterval, Top, Geoip];

    /// <summary>The settings of the commands that read a log of the user's (the window, --no-ui, replay; not demo, whose log is its own).</summary>
    public IReadOnlyList<SettingOption> Reading => [Format];

    /// <summary>The settings only a live log needs: the live clock and the window (replay runs on the log's clock, without a window).</summary>
    public IReadOnlyList<SettingOption> Live => [Tolerance, Refresh, LocalTime];

    /// <summary>The settings of every command that can serve what it computes (all but notify-test).</summary>
    public IReadOnlyList<SettingOption> Serving => [Listen];

    /// <summary>The options that are shorthands for the two default alert rules.</summary>
    private IReadOnlyList<SettingOption> DefaultRules => [TrafficThreshold, RecoveryThreshold, TrafficWindow, ErrorThreshold, ErrorWindow];

    /// <summary>Every setting the command line can override.</summary>
    public IReadOnlyList<SettingOption> All => [.. Monitoring, .. Live, Log, Syslog, .. Reading, .. Serving];

    /// <summary>config.json (the default one when present), then the options given; validated.</summary>
    /// <exception cref="ConfigException">A bad file or value, named by its key or option.</exception>
    public MonitorOptions Resolve(ParseResult parsed)
    {
        string? path = parsed.GetValue(Config);
        var options = path is not null ? ConfigFile.Load(path)
            : File.Exists(ConfigFile.DefaultPath) ? ConfigFile.Load(ConfigFile.DefaultPath)
            : new MonitorOptions();
        options = All.Aggregate(options, (o, setting) => setting.Apply(o, parsed));
        if (options.Alerts is not null && DefaultRules.FirstOrDefault(s => s.IsGiven(parsed)) is { } shorthand)
        {
            throw new ConfigException(
                $"{shorthand.Option.Name} sets the default {(shorthand == ErrorThreshold || shorthand == ErrorWindow ? "errors" : "traffic")} rule, " +
                "but config.json's \"alerts\" replaces the default rules: set the threshold in its rule there (docs/alerts.md)");
        }

        if (OptionsValidator.Check(options) is not { } problem)
        {
            return options;
        }

        // Named by the option when one was given for it: "--traffic-window (trafficAlertInterval): …".
        var given = All.FirstOrDefault(s => s.Property == problem.Property && s.IsGiven(parsed));
        throw new ConfigException(given is null ? problem.ToString() : $"{given.Option.Name} ({problem.Key}): {problem.Problem}");
    }
}
