using System.Text.Json;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Notifications;

/// <summary>The alert object of SEMANTICS.md (<c>--output jsonl</c>), shared by the jsonl output and the webhook.</summary>
public static class AlertJson
{
    /// <summary>Writes the alert's properties into the object <paramref name="json"/> has open.</summary>
    public static void WriteProperties(Utf8JsonWriter json, AlertEvent a)
    {
        json.WriteString("type", "alert");
        json.WriteString("alert", a.Rule.Name);
        json.WriteString("state", NoticeFormat.StateName(a.State));
        json.WriteString("time", TimeFormat.Utc(a.At));
        switch (a.Rule.Seed)
        {
            // The two default rules keep the fields they always had.
            case SeedAlert.Traffic:
                json.WriteNumber("hits", a.Hits);
                json.WriteNumber("average", Math.Round(a.Value ?? 0, 2));
                break;
            case SeedAlert.Errors:
                json.WriteNumber("errors", (long)(a.Value ?? 0));
                break;
            default:
                json.WriteString("metric", a.Rule.MetricName);
                WriteValue(json, a.Value);
                break;
        }

        json.WriteNumber("threshold", a.Threshold);
        if (a.Rule.Seed == SeedAlert.None)
        {
            json.WriteString("severity", NoticeFormat.SeverityName(a.Rule.Severity));
        }

        if (a.State == AlertState.Recovered)
        {
            json.WriteNumber("durationSeconds", (long)a.Duration.TotalSeconds);
        }

        json.WriteString("message", a.Message);
    }

    /// <summary>The value to three decimals, or null when undefined (too few hits for a ratio or latency).</summary>
    private static void WriteValue(Utf8JsonWriter json, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber("value", Math.Round(v, 3));
        }
        else
        {
            json.WriteNull("value");
        }
    }
}
