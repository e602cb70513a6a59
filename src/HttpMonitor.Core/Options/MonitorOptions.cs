namespace HttpMonitor.Core.Options;

/// <summary>
/// Every setting of the monitor. config.json holds them under the JSON names given on each
/// property; command-line options override the file. The thresholds and intervals can also
/// change while the monitor runs.
/// </summary>
public sealed record MonitorOptions
{
    /// <summary><c>logPath</c>: the access log to follow. The default is none: the monitor then shows demo traffic.</summary>
    public string? LogPath { get; init; }

    /// <summary><c>averageTrafficThreshold</c>: the traffic alert fires above this many requests per second on average. The default is 10.</summary>
    public double AverageTrafficThreshold { get; init; } = 10;

    /// <summary><c>trafficRecoveryThreshold</c>: optional lower average (req/s) the traffic must fall below to recover. The default is none: recovery at or below the threshold.</summary>
    public double? TrafficRecoveryThreshold { get; init; }

    /// <summary><c>trafficAlertInterval</c>: seconds the traffic average is taken over. The default is 120.</summary>
    public int TrafficAlertInterval { get; init; } = 120;

    /// <summary><c>maxErrorsThreshold</c>: the errors alert fires when more 4xx+5xx responses than this fall in the errors window. The default is 10.</summary>
    public double MaxErrorsThreshold { get; init; } = 10;

    /// <summary><c>errorsAlertInterval</c>: seconds errors are counted over. The default is 10.</summary>
    public int ErrorsAlertInterval { get; init; } = 10;

    /// <summary><c>statisticsInterval</c>: seconds per statistics window. The default is 10.</summary>
    public int StatisticsInterval { get; init; } = 10;

    /// <summary><c>uiRefreshInterval</c>: seconds between two repaints of the window. The default is 1.</summary>
    public double UiRefreshInterval { get; init; } = 1;

    /// <summary><c>liveTolerance</c>: seconds the live clock trails the wall clock, so lines written late still count on time. The default is 2.</summary>
    public double LiveTolerance { get; init; } = 2;

    /// <summary><c>top</c>: sections shown per window. The default is 10.</summary>
    public int Top { get; init; } = 10;

    /// <summary><c>geoipDatabase</c>: a MaxMind DB file (GeoLite2-Country or -City) for the countries of clients. The default is none: no geography.</summary>
    public string? GeoipDatabase { get; init; }

    /// <summary><c>notifications</c>: channels every alert is sent to (docs/notifications.md). The default is none.</summary>
    public IReadOnlyList<Notifications.NotificationChannelOptions> Notifications { get; init; } = [];

    /// <summary>The longest window accepted, one day: the alert history ring is sized from it.</summary>
    public const int MaxIntervalSeconds = 86_400;
}
