using System.Text.Encodings.Web;
using System.Text.Json;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// <c>GET /api/state</c>: the monitor's clock, the latest closed window, the alerts firing and
/// pending, and the summary counts, with the field names of <c>--output jsonl</c> (SEMANTICS.md):
/// <c>window</c> is a <c>"stats"</c> object, each of <c>firing</c> the <c>"alert"</c> object that
/// fired it, <c>summary</c> the <c>"summary"</c> object.
/// </summary>
public static class StateJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(MetricsSnapshot snapshot, int top)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "state");
            if (snapshot.Clock is { } clock)
            {
                json.WriteString("time", TimeFormat.Utc(clock));
            }
            else
            {
                json.WriteNull("time");
            }

            json.WritePropertyName("window");
            if (snapshot.Window is { } window)
            {
                WindowJson.Write(json, window, top);
            }
            else
            {
                json.WriteNullValue();
            }

            WriteFiring(json, snapshot.Alerts);
            WritePending(json, snapshot.Alerts);
            WriteSummary(json, snapshot.Lines);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteFiring(Utf8JsonWriter json, IReadOnlyList<AlertStanding> alerts)
    {
        json.WriteStartArray("firing");
        foreach (var a in alerts.Where(a => a.Status.Active && a.Trigger is not null))
        {
            json.WriteStartObject();
            AlertJson.WriteProperties(json, a.Trigger!);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Rules whose condition holds but not yet for their <c>for</c>: how many evaluations it held, of how many needed.</summary>
    private static void WritePending(Utf8JsonWriter json, IReadOnlyList<AlertStanding> alerts)
    {
        json.WriteStartArray("pending");
        foreach (var a in alerts.Where(a => a.Status.Pending))
        {
            json.WriteStartObject();
            json.WriteString("alert", a.Rule.Name);
            json.WriteString("metric", a.Rule.MetricName);
            if (a.Status.Value is { } value)
            {
                json.WriteNumber("value", Math.Round(value, 3));
            }
            else
            {
                json.WriteNull("value");
            }

            json.WriteNumber("threshold", a.Rule.Threshold);
            json.WriteString("severity", NoticeFormat.SeverityName(a.Rule.Severity));
            json.WriteNumber("held", a.Status.Held);
            json.WriteNumber("needed", a.Rule.ForSeconds + 1);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, LineTotals lines)
    {
        json.WriteStartObject("summary");
        lines.WriteFields(json);
        json.WriteEndObject();
    }
}
