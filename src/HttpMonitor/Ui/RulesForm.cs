using System.Globalization;
using System.Text.RegularExpressions;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>
/// The rules and the statistics interval typed in the thresholds dialog, checked all together
/// (<see cref="AlertRuleSet.Check"/>, then every other setting): either all apply or none does,
/// and a problem names the rule and the dialog's field, not the config key.
/// </summary>
internal sealed partial record RulesForm(IReadOnlyList<RuleDraft> Rules, string StatisticsInterval)
{
    private static readonly Dictionary<string, RuleField> FieldOfKey = new(StringComparer.Ordinal)
    {
        ["name"] = RuleField.Name,
        ["metric"] = RuleField.Metric,
        ["above"] = RuleField.Threshold,
        ["below"] = RuleField.Threshold,
        ["recover"] = RuleField.Recover,
        ["window"] = RuleField.Window,
        ["for"] = RuleField.For,
        ["section"] = RuleField.Section,
        ["severity"] = RuleField.Severity,
    };

    /// <summary>The options with the typed rules and interval, or the first problem.</summary>
    /// <remarks>Rules equal to those in force keep their list, so that nothing counts as changed.</remarks>
    public (MonitorOptions? Options, RuleProblem? Problem) ApplyTo(MonitorOptions current)
    {
        var rules = new List<AlertRuleConfig>(Rules.Count);
        for (int i = 0; i < Rules.Count; i++)
        {
            var (rule, problem) = Read(Rules[i]);
            if (problem is not null)
            {
                return (null, new RuleProblem($"{Label(Rules[i])}: {problem.Value.Message}", i, problem.Value.Field));
            }

            rules.Add(rule!);
        }

        if (AlertRuleSet.Check(rules) is { } check && WithinRule().Match(check.Within) is { Success: true } at)
        {
            int i = int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture);
            var field = FieldOfKey.GetValueOrDefault(at.Groups[2].Value, RuleField.Name);
            return (null, new RuleProblem($"{Label(Rules[i])}: {RuleFieldLabels.Of(field)}: {InDialogWords(check.Problem)}", i, field));
        }

        if (!int.TryParse(StatisticsInterval.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int interval))
        {
            return (null, new RuleProblem($"Statistics interval: \"{Shown(StatisticsInterval)}\" is not a whole number of seconds", -1, RuleField.StatisticsInterval));
        }

        var alerts = current.Alerts is { } old && old.SequenceEqual(rules) ? old : rules;
        var options = current with { Alerts = alerts, StatisticsInterval = interval };
        return OptionsValidator.Check(options) switch
        {
            null => (options, null),
            { Property: nameof(MonitorOptions.StatisticsInterval) } p => (null, new RuleProblem($"Statistics interval: {p.Problem}", -1, RuleField.StatisticsInterval)),
            var p => (null, new RuleProblem(p.ToString(), -1, RuleField.Name)),
        };
    }

    /// <summary>The rule the draft describes; a rule opened from the settings keeps the keys it left out while their values stay the defaults.</summary>
    private static (AlertRuleConfig? Rule, (string Message, RuleField Field)? Problem) Read(RuleDraft d)
    {
        string metricText = d.Metric.Trim();
        AlertMetric? metric = MetricNamed(metricText);
        string trigger = d.Trigger.Trim().ToLowerInvariant();
        string severity = d.Severity.Trim().ToLowerInvariant();
        // A new rule's fields in reading order: its name and metric before its threshold.
        if (d.IsNew && d.Name.Trim().Length == 0)
        {
            return (null, ("Name: required: a unique name, shown in messages", RuleField.Name));
        }

        if (d.IsNew && metric is null)
        {
            string problem = metricText.Length == 0 ? "required:" : $"\"{Shown(metricText)}\" is not a metric:";
            return (null, ($"Metric: {problem} type one of {string.Join(", ", AlertMetricNames.All)}", RuleField.Metric));
        }

        if (trigger is not (RuleDraft.Above or RuleDraft.Below))
        {
            return (null, ($"Trigger: type {RuleDraft.Above} or {RuleDraft.Below}, not \"{Shown(d.Trigger)}\"", RuleField.Trigger));
        }

        if (Number(d.Threshold, RuleField.Threshold, required: true, out double? threshold) is { } p1) return (null, p1);
        if (Number(d.Recover, RuleField.Recover, required: false, out double? recover) is { } p2) return (null, p2);
        if (Whole(d.Window, RuleField.Window, out int? window) is { } p3) return (null, p3);
        if (Whole(d.For, RuleField.For, out int? @for) is { } p4) return (null, p4);
        if (severity is not (RuleDraft.Warning or RuleDraft.Critical))
        {
            return (null, ($"Severity: type {RuleDraft.Warning} or {RuleDraft.Critical}, not \"{Shown(d.Severity)}\"", RuleField.Severity));
        }

        var o = d.Original ?? new AlertRuleConfig();
        bool below = trigger == RuleDraft.Below;
        return (o with
        {
            Name = d.IsNew ? d.Name.Trim() : o.Name,
            Metric = d.IsNew ? metric : o.Metric,
            Above = below ? null : threshold,
            Below = below ? threshold : null,
            Recover = recover,
            // A value left at its default stays left out; a new rule says its window.
            Window = !d.IsNew && window == (o.Window ?? AlertRuleSet.DefaultWindow) ? o.Window : window,
            For = @for == (o.For ?? 0) ? o.For : @for,
            Section = d.IsNew ? (d.Section.Trim() is { Length: > 0 } section ? section : null) : o.Section,
            Severity = d.IsNew ? (severity == RuleDraft.Critical ? AlertSeverity.Critical : null) : o.Severity,
        }, null);
    }

    private static (string, RuleField)? Number(string text, RuleField field, bool required, out double? value)
    {
        value = null;
        if (text.Trim().Length == 0)
        {
            return required ? ($"{RuleFieldLabels.Of(field)}: required: a number", field) : null;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && double.IsFinite(parsed))
        {
            value = parsed;
            return null;
        }

        return ($"{RuleFieldLabels.Of(field)}: \"{Shown(text)}\" is not a number", field);
    }

    private static (string, RuleField)? Whole(string text, RuleField field, out int? value)
    {
        value = null;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed))
        {
            value = parsed;
            return null;
        }

        return ($"{RuleFieldLabels.Of(field)}: \"{Shown(text)}\" is not a whole number of seconds", field);
    }

    private static AlertMetric? MetricNamed(string name) =>
        Enum.GetValues<AlertMetric>().Where(m => AlertMetricNames.Of(m) == name).Select(m => (AlertMetric?)m).FirstOrDefault();

    private static string Label(RuleDraft d) => d.Name.Trim() is { Length: > 0 } name ? Shown(name) : "New rule";

    /// <summary>The checks speak of config.json's keys; in the dialog the threshold is one field.</summary>
    private static string InDialogWords(string problem) =>
        problem.Replace("\"above\"", "the threshold", StringComparison.Ordinal).Replace("\"below\"", "the threshold", StringComparison.Ordinal);

    private static string Shown(string text) => TextFormat.Fit(TerminalText.Escape(text.Trim()), 16);

    [GeneratedRegex(@"^\[(\d+)\]\.(\w+)$")]
    private static partial Regex WithinRule();
}
