using System.Text.Json;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// A statistics window as the <c>"stats"</c> object of SEMANTICS.md, field for field: one writer
/// for <c>--output jsonl</c> and the metrics endpoint's <c>/api/state</c>, so the two cannot drift.
/// </summary>
public static class WindowJson
{
    /// <summary>Writes the window as an object; <paramref name="top"/> sections and vhosts.</summary>
    public static void Write(Utf8JsonWriter json, WindowStats w, int top)
    {
        json.WriteStartObject();
        json.WriteString("type", "stats");
        json.WriteString("start", TimeFormat.Utc(w.Start));
        json.WriteString("end", TimeFormat.Utc(w.End));
        json.WriteBoolean("partial", w.Partial);
        WriteTally(json, w.Tally);
        WriteLatency(json, w.Latency);
        json.WriteStartArray("sections");
        foreach (var s in w.Sections.Take(top))
        {
            json.WriteStartObject();
            json.WriteString("section", s.Section);
            WriteTally(json, s.Tally);
            json.WriteStartObject("heaviest");
            json.WriteString("path", s.HeaviestPath);
            json.WriteNumber("bytes", s.HeaviestBytes);
            json.WriteEndObject();
            WriteLatency(json, s.Latency);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (w.Vhosts.Count > 0)
        {
            json.WriteStartArray("vhosts");
            foreach (var v in w.Vhosts.Take(top))
            {
                json.WriteStartObject();
                json.WriteString("vhost", v.Vhost);
                WriteTally(json, v.Tally);
                WriteLatency(json, v.Latency);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteSources(json, w, top);
        json.WriteEndObject();
    }

    /// <summary>The <c>sources</c> array (top <paramref name="top"/>), when the run reads several inputs.</summary>
    private static void WriteSources(Utf8JsonWriter json, WindowStats w, int top)
    {
        if (w.Sources.Count == 0)
        {
            return;
        }

        json.WriteStartArray("sources");
        foreach (var s in w.Sources.Take(top))
        {
            json.WriteStartObject();
            json.WriteString("source", s.Source);
            WriteTally(json, s.Tally);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The <c>latency</c> object: count, mean, p50, p90, p95, p99 and max in ms to 3 decimals; absent without timed hits.</summary>
    public static void WriteLatency(Utf8JsonWriter json, LatencySketch? latency)
    {
        if (latency is not { Count: > 0 })
        {
            return;
        }

        json.WriteStartObject("latency");
        json.WriteNumber("count", latency.Count);
        json.WriteNumber("mean", Milliseconds(latency.Mean));
        var p = latency.Percentiles();
        json.WriteNumber("p50", Milliseconds(p.P50));
        json.WriteNumber("p90", Milliseconds(p.P90));
        json.WriteNumber("p95", Milliseconds(p.P95));
        json.WriteNumber("p99", Milliseconds(p.P99));
        json.WriteNumber("max", Milliseconds(latency.Max));
        json.WriteEndObject();
    }

    /// <summary>µs as ms, rounded to 3 decimals (a µs), half away from zero.</summary>
    public static double Milliseconds(double micros) => Math.Round(micros / 1000, 3, MidpointRounding.AwayFromZero);

    private static void WriteTally(Utf8JsonWriter json, Tally t)
    {
        json.WriteNumber("hits", t.Hits);
        json.WriteNumber("errors4xx", t.Errors4xx);
        json.WriteNumber("errors5xx", t.Errors5xx);
        json.WriteNumber("bytes", t.Bytes);
    }
}
