using System.Text.Json;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Output;

/// <summary>
/// The jsonl <c>latency</c> object (SEMANTICS, "Response times"): count, mean, p50, p90, p95, p99
/// and max of the timed hits, in ms with up to 3 decimals; absent without timed hits.
/// </summary>
internal static class LatencyJson
{
    public static void Write(Utf8JsonWriter json, LatencySketch? latency)
    {
        if (latency is not { Count: > 0 })
        {
            return;
        }

        json.WriteStartObject("latency");
        json.WriteNumber("count", latency.Count);
        json.WriteNumber("mean", Milliseconds(latency.Mean));
        json.WriteNumber("p50", Milliseconds(latency.Quantile(0.50)));
        json.WriteNumber("p90", Milliseconds(latency.Quantile(0.90)));
        json.WriteNumber("p95", Milliseconds(latency.Quantile(0.95)));
        json.WriteNumber("p99", Milliseconds(latency.Quantile(0.99)));
        json.WriteNumber("max", Milliseconds(latency.Max));
        json.WriteEndObject();
    }

    /// <summary>µs as ms, rounded to 3 decimals (a µs), half away from zero.</summary>
    public static double Milliseconds(double micros) => Math.Round(micros / 1000, 3, MidpointRounding.AwayFromZero);
}
