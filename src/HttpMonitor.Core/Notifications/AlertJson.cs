using System.Text.Json;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Notifications;

/// <summary>The alert object of SEMANTICS.md (<c>--output jsonl</c>), shared by the jsonl output and the webhook.</summary>
public static class AlertJson
{
    /// <summary>Writes the alert's properties into the object <paramref name="json"/> has open.</summary>
    public static void WriteProperties(Utf8JsonWriter json, AlertEvent a)
    {
        json.WriteString("type", "alert");
        json.WriteString("alert", NoticeFormat.KindName(a.Kind));
        json.WriteString("state", NoticeFormat.StateName(a.State));
        json.WriteString("time", TimeFormat.Utc(a.At));
        if (a.Kind == AlertKind.Traffic)
        {
            json.WriteNumber("hits", a.Value);
            json.WriteNumber("average", Math.Round(a.Average, 2));
        }
        else
        {
            json.WriteNumber("errors", a.Value);
        }

        json.WriteNumber("threshold", a.Threshold);
        if (a.State == AlertState.Recovered)
        {
            json.WriteNumber("durationSeconds", (long)a.Duration.TotalSeconds);
        }

        json.WriteString("message", a.Message);
    }
}
