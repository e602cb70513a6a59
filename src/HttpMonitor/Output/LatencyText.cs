using System.Globalization;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Output;

/// <summary>Response times as text: the window's line and the sections' p50/p95/p99 columns, in ms.</summary>
internal static class LatencyText
{
    private const int Column = 7;

    /// <summary>The columns' heads, as wide as <see cref="Columns"/>.</summary>
    public static string Header { get; } = $"{"p50 ms",Column} {"p95 ms",Column} {"p99 ms",Column}";

    /// <summary>"p50 12.3 ms · p95 80 ms · p99 120 ms · max 2,003 ms"; empty without timed hits.</summary>
    public static string Summary(LatencySketch? latency) => latency is not { Count: > 0 }
        ? ""
        : Summary(latency.Percentiles(), latency.Max);

    /// <summary>p50, p95 and p99 right-aligned under <see cref="Header"/>; dashes without timed hits.</summary>
    public static string Columns(LatencySketch? latency) => latency is not { Count: > 0 }
        ? $"{"-",Column} {"-",Column} {"-",Column}"
        : Columns(latency.Percentiles());

    private static string Summary(Percentiles p, long max) =>
        $"p50 {Milliseconds(p.P50)} ms · p95 {Milliseconds(p.P95)} ms · p99 {Milliseconds(p.P99)} ms · max {Milliseconds(max)} ms";

    private static string Columns(Percentiles p) => $"{Milliseconds(p.P50),Column} {Milliseconds(p.P95),Column} {Milliseconds(p.P99),Column}";

    /// <summary>µs as ms with three significant digits below 100 ms: "0.123", "4.56", "12.3", "123", "12,345".</summary>
    public static string Milliseconds(double micros)
    {
        double ms = micros / 1000;
        string format = ms switch
        {
            < 1 => "0.000",
            < 10 => "0.00",
            < 100 => "0.0",
            _ => "N0",
        };
        return ms.ToString(format, CultureInfo.InvariantCulture);
    }
}
