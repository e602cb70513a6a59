using System.Globalization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>
/// One alert rule as typed in the thresholds dialog: each field's text, and the rule it was opened
/// from (null for a rule added in the dialog, whose name, metric, trigger, section and severity can
/// be typed too). <see cref="RulesForm"/> reads it back into an <see cref="AlertRuleConfig"/>.
/// </summary>
internal sealed record RuleDraft(
    string Name, string Metric, string Trigger, string Threshold, string Recover, string Window, string For, string Section, string Severity,
    AlertRuleConfig? Original = null)
{
    public const string Above = "above";
    public const string Below = "below";
    public const string Warning = "warning";
    public const string Critical = "critical";

    /// <summary>The column titles above the rows.</summary>
    public static readonly string Header = Columns("rule", "metric", "trigger", "recover", "window", "for", "severity", "section");

    public bool IsNew => Original is null;

    /// <summary>A new rule as the dialog first shows it: an above-rule over 60 s, to be named and given a metric and threshold.</summary>
    public static RuleDraft New() => new("", "", Above, "", "", Number(AlertRuleSet.DefaultWindow), "0", "", Warning);

    /// <summary>A rule of config.json, each value as the rule is evaluated (a key left out shows its default).</summary>
    public static RuleDraft From(AlertRuleConfig r) => new(
        r.Name ?? "",
        r.Metric is { } metric ? AlertMetricNames.Of(metric) : "",
        r.Below is null ? Above : Below,
        Number(r.Above ?? r.Below),
        Number(r.Recover),
        Number(r.Window ?? AlertRuleSet.DefaultWindow),
        Number(r.For ?? 0),
        r.Section ?? "",
        r.Severity == AlertSeverity.Critical ? Critical : Warning,
        r);

    /// <summary>
    /// The two default rules as rules of their own, with the thresholds and windows in force: what
    /// the first rule added in the dialog is listed beside, so that nothing the user had is lost.
    /// </summary>
    public static IEnumerable<RuleDraft> OfDefaultRules(MonitorOptions o)
    {
        yield return From(new AlertRuleConfig
        {
            Name = AlertRuleSet.TrafficName, Metric = AlertMetric.Rate, Window = o.TrafficAlertInterval, Above = o.AverageTrafficThreshold, Recover = o.TrafficRecoveryThreshold,
        });
        yield return From(new AlertRuleConfig { Name = AlertRuleSet.ErrorsName, Metric = AlertMetric.Errors, Window = o.ErrorsAlertInterval, Above = o.MaxErrorsThreshold });
    }

    /// <summary>The rule's row in the list: name, metric, trigger, recover, window, for, severity, section.</summary>
    public string Row() => Columns(
        Name.Length == 0 ? "(new)" : Name,
        Metric,
        $"{Trigger} {Threshold}",
        Recover.Length == 0 ? "-" : Recover,
        Window + "s",
        For + "s",
        Severity,
        Section.Length == 0 ? "all" : Section);

    private static string Columns(string name, string metric, string trigger, string recover, string window, string @for, string severity, string section) =>
        string.Join(" ", Cell(name, 12), Cell(metric, 9), Cell(trigger, 13), Cell(recover, 7), Cell(window, 7), Cell(@for, 6), Cell(severity, 8), TerminalText.Escape(section));

    private static string Cell(string text, int width) => TextFormat.Fit(TerminalText.Escape(text), width).PadRight(width);

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
