using System.CommandLine;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Cli;

/// <summary>The command-line options that override config.json, shared by every command.</summary>
internal sealed class SettingsOptions
{
    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = $"Read settings from this JSON file [default: ./{ConfigFile.DefaultPath} when present]",
        HelpName = "PATH",
    };

    public Option<double?> TrafficThreshold { get; } = new("--traffic-threshold")
    { Description = "Traffic alert above this average, req/s [default: 10]", HelpName = "REQ/S" };

    public Option<double?> RecoveryThreshold { get; } = new("--recovery-threshold")
    { Description = "Traffic alert recovers below this lower average, req/s [default: at the threshold]", HelpName = "REQ/S" };

    public Option<int?> TrafficWindow { get; } = new("--traffic-window")
    { Description = "Seconds the traffic average is taken over [default: 120]", HelpName = "SECONDS" };

    public Option<double?> ErrorThreshold { get; } = new("--error-threshold")
    { Description = "Errors alert when more 4xx+5xx than this fall in the errors window [default: 10]", HelpName = "COUNT" };

    public Option<int?> ErrorWindow { get; } = new("--error-window")
    { Description = "Seconds errors are counted over [default: 10]", HelpName = "SECONDS" };

    public Option<int?> StatsInterval { get; } = new("--stats-interval")
    { Description = "Seconds per statistics window [default: 10]", HelpName = "SECONDS" };

    public Option<int?> Top { get; } = new("--top")
    { Description = "Sections shown per window [default: 10]", HelpName = "N" };

    public Option<double?> Tolerance { get; } = new("--tolerance")
    { Description = "Seconds the live clock trails the wall clock [default: 2]", HelpName = "SECONDS" };

    public Option<double?> Refresh { get; } = new("--refresh")
    { Description = "Seconds between repaints of the window [default: 1]", HelpName = "SECONDS" };

    public Option<string?> Geoip { get; } = new("--geoip")
    { Description = "A MaxMind DB file (GeoLite2-Country or -City) for the countries of clients [default: none]", HelpName = "PATH" };

    public IEnumerable<Option> All =>
        [Config, TrafficThreshold, RecoveryThreshold, TrafficWindow, ErrorThreshold, ErrorWindow, StatsInterval, Top, Tolerance, Refresh, Geoip];

    /// <summary>config.json (the default one when present), then the options given; validated.</summary>
    /// <exception cref="ConfigException">A bad file or value, named by its key or option.</exception>
    public MonitorOptions Resolve(ParseResult parsed)
    {
        string? path = parsed.GetValue(Config);
        var options = path is not null ? ConfigFile.Load(path)
            : File.Exists(ConfigFile.DefaultPath) ? ConfigFile.Load(ConfigFile.DefaultPath)
            : new MonitorOptions();
        options = options with
        {
            AverageTrafficThreshold = parsed.GetValue(TrafficThreshold) ?? options.AverageTrafficThreshold,
            TrafficRecoveryThreshold = parsed.GetValue(RecoveryThreshold) ?? options.TrafficRecoveryThreshold,
            TrafficAlertInterval = parsed.GetValue(TrafficWindow) ?? options.TrafficAlertInterval,
            MaxErrorsThreshold = parsed.GetValue(ErrorThreshold) ?? options.MaxErrorsThreshold,
            ErrorsAlertInterval = parsed.GetValue(ErrorWindow) ?? options.ErrorsAlertInterval,
            StatisticsInterval = parsed.GetValue(StatsInterval) ?? options.StatisticsInterval,
            Top = parsed.GetValue(Top) ?? options.Top,
            LiveTolerance = parsed.GetValue(Tolerance) ?? options.LiveTolerance,
            UiRefreshInterval = parsed.GetValue(Refresh) ?? options.UiRefreshInterval,
            GeoipDatabase = parsed.GetValue(Geoip) ?? options.GeoipDatabase,
        };
        string? problem = OptionsValidator.FirstProblem(options);
        return problem is null ? options : throw new ConfigException($"{OptionName(problem)}");
    }

    /// <summary>Names the command-line option a problem's key comes from, e.g. "--traffic-window (trafficAlertInterval): …".</summary>
    private static string OptionName(string problem)
    {
        string key = problem[..problem.IndexOf(':')];
        string? option = key switch
        {
            "averageTrafficThreshold" => "--traffic-threshold",
            "trafficRecoveryThreshold" => "--recovery-threshold",
            "trafficAlertInterval" => "--traffic-window",
            "maxErrorsThreshold" => "--error-threshold",
            "errorsAlertInterval" => "--error-window",
            "statisticsInterval" => "--stats-interval",
            "top" => "--top",
            "liveTolerance" => "--tolerance",
            "uiRefreshInterval" => "--refresh",
            _ => null,
        };
        return option is null ? problem : $"{option} ({key}){problem[key.Length..]}";
    }
}
