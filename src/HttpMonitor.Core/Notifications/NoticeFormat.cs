using System.Globalization;
using System.Text;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Notifications;

/// <summary>The words of a notice on every channel: the message is the one on screen.</summary>
public static class NoticeFormat
{
    public static string StateName(AlertState state) => state == AlertState.Triggered ? "triggered" : "recovered";

    public static string SeverityName(AlertSeverity severity) => severity == AlertSeverity.Critical ? "critical" : "warning";

    /// <summary>The alert's screen message; a reminder adds how long it has lasted.</summary>
    public static string Message(Notice n) => n switch
    {
        { Alert: null } => $"HttpMonitor test notification, sent at {TimeFormat.Utc(n.At)}: this channel works",
        { Kind: NoticeKind.Reminder, Alert: { } a } =>
            $"{a.Message}; still triggered at {TimeFormat.Utc(n.At)}, for {TimeFormat.Duration(n.At - a.At)}",
        { Alert: { } a } => a.Message,
    };

    /// <summary>"[HttpMonitor] message", and "[HttpMonitor] [critical] message" for a critical rule.</summary>
    public static string Subject(Notice n) =>
        n.Alert is { Rule.Severity: AlertSeverity.Critical } ? $"[HttpMonitor] [critical] {Message(n)}" : $"[HttpMonitor] {Message(n)}";

    /// <summary>The mail body: the message, the alert's figures and the latest window's top sections.</summary>
    public static string Body(Notice n, int top)
    {
        var body = new StringBuilder();
        body.Append(Message(n)).Append('\n');
        if (n.Alert is { } a)
        {
            body.Append('\n');
            foreach (var (name, value) in Fields(n).Where(f => f.Name is not "MESSAGE"))
            {
                body.Append(CultureInfo.InvariantCulture, $"{name.ToLowerInvariant().Replace('_', ' '),-17} {value}\n");
            }
        }

        if (n.Window is { } w && n.Alert is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"\nTop sections, {TimeFormat.Utc(w.Start)} to {TimeFormat.Utc(w.End)}: {w.Hits} hits, {w.Errors4xx} 4xx, {w.Errors5xx} 5xx\n");
            foreach (var s in w.Sections.Take(top))
            {
                body.Append(CultureInfo.InvariantCulture, $"  {s.Section,-24} {s.Hits,8} hits {s.Errors4xx,6} 4xx {s.Errors5xx,6} 5xx  heaviest {s.HeaviestPath}\n");
            }

            if (w.Sections.Count == 0)
            {
                body.Append("  (no traffic)\n");
            }
        }

        return body.ToString();
    }

    /// <summary>
    /// The environment of the command channel: <c>HTTPMONITOR_ALERT</c> (the rule's name: traffic,
    /// errors, … or test), <c>_STATE</c> (triggered, recovered or test), <c>_TIME</c> (UTC),
    /// <c>_METRIC</c>, <c>_VALUE</c> (hits for the traffic rule, errors for the errors rule, the
    /// metric's value for the others), <c>_THRESHOLD</c>, <c>_SEVERITY</c>, <c>_MESSAGE</c>,
    /// <c>_KIND</c> (alert, reminder or test), and for traffic <c>_AVERAGE</c>, for a recovery or a
    /// reminder <c>_DURATION_SECONDS</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(Notice n) =>
        Fields(n).ToDictionary(f => "HTTPMONITOR_" + f.Name, f => f.Value);

    private static IEnumerable<(string Name, string Value)> Fields(Notice n)
    {
        var c = CultureInfo.InvariantCulture;
        yield return ("KIND", n.Kind.ToString().ToLowerInvariant());
        if (n.Alert is not { } a)
        {
            yield return ("ALERT", "test");
            yield return ("STATE", "test");
            yield return ("TIME", TimeFormat.Utc(n.At));
            yield return ("MESSAGE", Message(n));
            yield break;
        }

        yield return ("ALERT", a.Rule.Name);
        yield return ("STATE", StateName(a.State));
        yield return ("TIME", TimeFormat.Utc(a.At));
        yield return ("METRIC", a.Rule.MetricName);
        yield return ("VALUE", a.Rule.Seed == SeedAlert.Traffic ? a.Hits.ToString(c) : a.ValueText);
        yield return ("THRESHOLD", a.Threshold.ToString(c));
        yield return ("SEVERITY", SeverityName(a.Rule.Severity));
        if (a.Rule.Seed == SeedAlert.Traffic)
        {
            yield return ("AVERAGE", Math.Round(a.Value ?? 0, 2).ToString(c));
        }

        if (n.Kind == NoticeKind.Reminder)
        {
            yield return ("DURATION_SECONDS", ((long)(n.At - a.At).TotalSeconds).ToString(c));
        }
        else if (a.State == AlertState.Recovered)
        {
            yield return ("DURATION_SECONDS", ((long)a.Duration.TotalSeconds).ToString(c));
        }

        yield return ("MESSAGE", Message(n));
    }
}
