using System.Text.Json.Serialization;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Every setting of the monitor. config.json holds them under their names in camelCase
/// (<see cref="ConfigKey"/>); command-line options override the file. The thresholds and
/// intervals can also change while the monitor runs. <see cref="OptionsValidator"/> holds the ranges.
/// </summary>
public sealed record MonitorOptions
{
    /// <summary>The longest window accepted, one day: the alert history ring is sized from it.</summary>
    public const int MaxIntervalSeconds = 86_400;

    /// <summary>The shortest time between repaints: faster is no use to the eye and costs a core.</summary>
    public const double MinRefreshSeconds = 0.1;

    /// <summary>The longest time between repaints: slower and the window looks dead.</summary>
    public const double MaxRefreshSeconds = 60;

    /// <summary>The longest the live clock may trail the wall clock: an hour; later lines are late, not delayed.</summary>
    public const double MaxToleranceSeconds = 3_600;

    /// <summary>
    /// <c>logPath</c>: the access logs to follow, one or a list: files, globs (<c>*</c>, <c>?</c> in the
    /// file name), <c>-</c> for standard input, <c>NAME=PATH</c> to give a file's lines a vhost
    /// (<see cref="Sources.LogSpec"/>); in config.json relative to the file's directory, <c>~</c> for
    /// the home directory. The default is none: the monitor then shows demo traffic (unless <see cref="Syslog"/>).
    /// </summary>
    [JsonConverter(typeof(StringOrListConverter<string>))]
    public IReadOnlyList<string>? LogPath { get; init; }

    /// <summary><c>averageTrafficThreshold</c>: the traffic alert fires above this many requests per second on average. At least 0; the default is 10.</summary>
    public double AverageTrafficThreshold { get; init; } = 10;

    /// <summary><c>trafficRecoveryThreshold</c>: optional lower average (req/s) the traffic must fall below to recover. The default is none: recovery at or below the threshold.</summary>
    public double? TrafficRecoveryThreshold { get; init; }

    /// <summary><c>trafficAlertInterval</c>: seconds the traffic average is taken over, 1 to 86400. The default is 120.</summary>
    public int TrafficAlertInterval { get; init; } = 120;

    /// <summary><c>maxErrorsThreshold</c>: the errors alert fires when more 4xx+5xx responses than this fall in the errors window. At least 0; the default is 10.</summary>
    public double MaxErrorsThreshold { get; init; } = 10;

    /// <summary><c>errorsAlertInterval</c>: seconds errors are counted over, 1 to 86400. The default is 10.</summary>
    public int ErrorsAlertInterval { get; init; } = 10;

    /// <summary><c>statisticsInterval</c>: seconds per statistics window, 1 to 86400. The default is 10.</summary>
    public int StatisticsInterval { get; init; } = 10;

    /// <summary><c>uiRefreshInterval</c>: seconds between two repaints of the window, 0.1 to 60. The default is 1.</summary>
    public double UiRefreshInterval { get; init; } = 1;

    /// <summary><c>liveTolerance</c>: seconds the live clock trails the wall clock, so lines written late still count on time; 0 to 3600. The default is 2.</summary>
    public double LiveTolerance { get; init; } = 2;

    /// <summary>
    /// <c>localTime</c>: the window shows times in the local time zone rather than UTC. Display only:
    /// alerts, notifications and JSON lines stay in UTC. The default is false: UTC, marked Z.
    /// </summary>
    public bool LocalTime { get; init; }

    /// <summary><c>top</c>: sections shown per window, at least 1. The default is 10.</summary>
    public int Top { get; init; } = 10;

    /// <summary>
    /// <c>logFormat</c>: how a line becomes fields: <c>combined</c>, <c>common</c>, <c>vhost_combined</c>,
    /// <c>nginx:FORMAT</c>, <c>apache:FORMAT</c>, <c>json</c>, <c>w3c</c>, <c>alb</c> or <c>auto</c>
    /// (docs/formats.md). The default is auto: the log's first line chooses.
    /// </summary>
    public string LogFormat { get; init; } = Parsing.LogFormats.Auto;

    /// <summary><c>geoipDatabase</c>: a MaxMind DB file (GeoLite2-Country or -City) for the countries of clients; in config.json relative to the file's directory. The default is none: no geography.</summary>
    public string? GeoipDatabase { get; init; }

    /// <summary>
    /// <c>listen</c>: where to serve Prometheus metrics, <c>/api/state</c> and <c>/healthz</c>
    /// (docs/metrics.md): <c>ADDRESS:PORT</c>; <c>:PORT</c> alone is 127.0.0.1 (<see cref="Metrics.ListenAddress"/>).
    /// The default is none: nothing is served.
    /// </summary>
    public string? Listen { get; init; }

    /// <summary><c>syslog</c>: listen for syslog messages there, <c>udp://HOST:PORT</c> or <c>tcp://HOST:PORT</c> (<see cref="SyslogAddress"/>). The default is none.</summary>
    public string? Syslog { get; init; }

    /// <summary>
    /// <c>alerts</c>: the alert rules (docs/alerts.md). The default is none: the two default rules,
    /// traffic and errors, set by the keys above (<see cref="AlertRuleSet"/>).
    /// </summary>
    public IReadOnlyList<AlertRuleConfig>? Alerts { get; init; }

    /// <summary><c>notifications</c>: channels every alert is sent to (docs/notifications.md). The default is none.</summary>
    /// <remarks>Bound on its own by <see cref="NotificationConfig"/>: channels take their secrets from the environment.</remarks>
    public IReadOnlyList<Notifications.NotificationChannelOptions> Notifications { get; init; } = [];
}
