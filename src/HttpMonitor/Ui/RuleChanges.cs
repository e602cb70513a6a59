using System.Globalization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Ui;

/// <summary>What changed between two sets of alert rules, in words for the history: "added api-5xx", "traffic threshold 10 → 5 req/s".</summary>
internal static class RuleChanges
{
    /// <summary>Each change, a phrase: the default rules written out, rules added, removed, then each rule's changed values.</summary>
    public static IEnumerable<string> Between(MonitorOptions before, MonitorOptions after)
    {
        if (before.Alerts is null && after.Alerts is not null)
        {
            yield return $"{AlertRuleSet.TrafficName} and {AlertRuleSet.ErrorsName} now explicit rules";
        }

        var old = AlertRuleSet.Of(before).ToDictionary(r => r.Name, StringComparer.Ordinal);
        var now = AlertRuleSet.Of(after);
        foreach (var rule in now.Where(r => !old.ContainsKey(r.Name)))
        {
            yield return $"added {rule.Name}";
        }

        foreach (var rule in old.Values.Where(o => !now.Any(r => r.Name == o.Name)))
        {
            yield return $"removed {rule.Name}";
        }

        foreach (var rule in now)
        {
            if (old.TryGetValue(rule.Name, out var was) && Values(was, rule) is { Count: > 0 } values)
            {
                yield return $"{rule.Name} {string.Join(", ", values)}";
            }
        }
    }

    /// <summary>The values of one rule that differ: "threshold 10 → 5 req/s", "window 60 → 120s".</summary>
    private static List<string> Values(AlertRule was, AlertRule now)
    {
        var changes = new List<string>();
        void Add<T>(string what, T old, T @new, string unit = "")
        {
            if (!EqualityComparer<T>.Default.Equals(old, @new))
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {Shown(old)} → {Shown(@new)}{unit}"));
            }
        }

        Add("metric", was.MetricName, now.MetricName);
        Add("trigger", Trigger(was), Trigger(now));
        Add("threshold", was.Threshold, now.Threshold, Unit(now.Metric));
        Add("recover", was.Recover, now.Recover);
        Add("window", was.WindowSeconds, now.WindowSeconds, "s");
        Add("for", was.ForSeconds, now.ForSeconds, "s");
        Add("section", was.Section ?? "all", now.Section ?? "all");
        Add("severity", was.Severity, now.Severity);
        return changes;
    }

    private static string Trigger(AlertRule r) => r.Below ? "below" : "above";

    private static string Shown<T>(T value) => value switch
    {
        null => "none",
        AlertSeverity s => s == AlertSeverity.Critical ? "critical" : "warning",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The unit of a metric's values, as the window writes it after a number.</summary>
    public static string Unit(AlertMetric metric) => metric switch
    {
        AlertMetric.Rate => " req/s",
        AlertMetric.BytesRate => " B/s",
        >= AlertMetric.Mean => " ms",
        _ => "",
    };
}
