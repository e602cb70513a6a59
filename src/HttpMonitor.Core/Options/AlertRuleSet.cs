using System.Globalization;
using HttpMonitor.Core.Alerts;

namespace HttpMonitor.Core.Options;

/// <summary>
/// The alert rules the settings describe: config.json's <c>alerts</c>, or, without it, the two
/// default rules (traffic and errors) that the older keys and options are shorthands for.
/// </summary>
public static class AlertRuleSet
{
    public const string TrafficName = "traffic";
    public const string ErrorsName = "errors";
    public const int DefaultWindow = 60;

    /// <summary>The rules in force; only call on validated options.</summary>
    public static IReadOnlyList<AlertRule> Of(MonitorOptions o) =>
        o.Alerts is { } rules ? [.. rules.Select(Compile)] : [Traffic(o), Errors(o)];

    public static AlertRule Traffic(MonitorOptions o) =>
        new(TrafficName, AlertMetric.Rate, o.TrafficAlertInterval, o.AverageTrafficThreshold, Recover: o.TrafficRecoveryThreshold, Seed: SeedAlert.Traffic);

    public static AlertRule Errors(MonitorOptions o) =>
        new(ErrorsName, AlertMetric.Errors, o.ErrorsAlertInterval, o.MaxErrorsThreshold, Seed: SeedAlert.Errors);

    /// <summary>The first problem of the rules, naming the key as <c>alerts[i].key</c>; null when they are valid.</summary>
    public static OptionsProblem? Check(IReadOnlyList<AlertRuleConfig> rules)
    {
        for (int i = 0; i < rules.Count; i++)
        {
            if (Check(rules[i], rules.Take(i)) is { } problem)
            {
                return new OptionsProblem(nameof(MonitorOptions.Alerts), problem.Problem, $"[{i}].{problem.Key}");
            }
        }

        return null;
    }

    private static (string Key, string Problem)? Check(AlertRuleConfig r, IEnumerable<AlertRuleConfig> before) => r switch
    {
        { Name: null or "" } => ("name", "required: a unique name, shown in messages"),
        _ when before.Any(b => b.Name == r.Name) => ("name", $"\"{r.Name}\" is the name of an earlier rule: names must be unique"),
        { Metric: null } => ("metric", $"required: one of {string.Join(", ", AlertMetricNames.All)}"),
        { Above: null, Below: null } => ("above", "give \"above\" (triggers above it) or \"below\" (triggers below it)"),
        { Above: not null, Below: not null } => ("below", "give \"above\" or \"below\", not both"),
        _ when Bad(r.Above ?? r.Below) => (r.Above is null ? "below" : "above", $"must be a number, not {r.Above ?? r.Below}"),
        { Recover: { } recover } when r.Above is { } above && recover > above =>
            ("recover", Invariant($"must not be above \"above\" ({above}), not {recover}: the alert would end before it began")),
        { Recover: { } recover } when r.Below is { } below && recover < below =>
            ("recover", Invariant($"must not be below \"below\" ({below}), not {recover}: the alert would end before it began")),
        { Window: <= 0 or > MonitorOptions.MaxIntervalSeconds } => ("window", $"must be a whole number of seconds from 1 to {MonitorOptions.MaxIntervalSeconds}, not {r.Window}"),
        { For: < 0 or > MonitorOptions.MaxIntervalSeconds } => ("for", $"must be a whole number of seconds from 0 to {MonitorOptions.MaxIntervalSeconds} (a day), not {r.For}"),
        { MinRequests: < 1 } => ("minRequests", $"must be at least 1, not {r.MinRequests}"),
        { Section: "" } => ("section", "must not be empty: a section is \"/\" and the path's first segment, like \"/api\" (leave it out for every section)"),
        { Vhost: "" } => ("vhost", "must not be empty (leave it out for every vhost)"),
        { Section: not null, Vhost: not null } =>
            ("vhost", "a rule filters by one of \"section\" and \"vhost\", not both: the monitor counts sections across vhosts, not per vhost"),
        _ => null,
    };

    private static AlertRule Compile(AlertRuleConfig r) => new(
        r.Name!,
        r.Metric!.Value,
        r.Window ?? DefaultWindow,
        (r.Above ?? r.Below)!.Value,
        Below: r.Below is not null,
        Recover: r.Recover,
        ForSeconds: r.For ?? 0,
        MinRequests: r.MinRequests ?? 1,
        Section: r.Section,
        Vhost: r.Vhost,
        Severity: r.Severity ?? AlertSeverity.Warning);

    private static bool Bad(double? value) => value is { } v && !double.IsFinite(v);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
