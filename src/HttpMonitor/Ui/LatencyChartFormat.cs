using System.Collections.Immutable;
using System.Globalization;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Ui;

/// <summary>
/// Response times over time as text, laid out as the traffic chart (same columns of seconds, same
/// axis): each column is its seconds' timed hits merged, drawn up to its p99 in three shades,
/// █ to its p50, ▓ to its p95, ░ to its p99, on a linear scale in ms. A column without timed hits is empty.
/// </summary>
internal static class LatencyChartFormat
{
    private static readonly (char Mark, Tone Tone)[] Shades = [('█', Tone.Bar), ('▓', Tone.Warning), ('░', Tone.Alert)];

    public static string Title(int width) => ChartFormat.PlotWidth(width) < 1
        ? "Response times, ms: █ p50 ▓ p95 ░ p99"
        : string.Create(CultureInfo.InvariantCulture,
            $"Response times, ms, over the last {Span(width)} ({ChartFormat.SecondsPerColumn(width)}s per column): █ p50 ▓ p95 ░ p99");

    public static IReadOnlyList<StyledLine> Lines(ImmutableList<SecondLatency> seconds, int width, int height)
    {
        int plotWidth = ChartFormat.PlotWidth(width);
        int plotHeight = height - 1;
        if (plotWidth < 1 || plotHeight < 1)
        {
            return [];
        }

        int perColumn = ChartFormat.SecondsPerColumn(width);
        var columns = Columns(seconds, plotWidth, perColumn);
        double top = ChartFormat.NiceCeiling(columns.Max(c => c[2]) * 1.15);
        var lines = new List<StyledLine>(height);
        for (int row = 0; row < plotHeight; row++)
        {
            int fromBottom = plotHeight - 1 - row;
            string label = row == 0 ? ChartFormat.Number(top) : row == plotHeight - 1 ? "0" : "";
            var line = new ChartFormat.LineBuilder();
            line.Add(label.PadLeft(ChartFormat.LabelWidth - 1)[..(ChartFormat.LabelWidth - 1)] + "┤", Tone.Dim);
            foreach (var column in columns)
            {
                int shade = Array.FindIndex(column, ms => Rows(ms, top, plotHeight) > fromBottom);
                line.Add(shade < 0 ? " " : Shades[shade].Mark.ToString(), shade < 0 ? Tone.Normal : Shades[shade].Tone);
            }

            lines.Add(line.Build());
        }

        lines.Add(ChartFormat.Axis(plotWidth, perColumn));
        return lines;
    }

    private static string Span(int width) =>
        TimeFormat.Duration(TimeSpan.FromSeconds(ChartFormat.PlotWidth(width) * ChartFormat.SecondsPerColumn(width)));

    /// <summary>The rows a value fills: rounded to the nearest, at least one for any timed column.</summary>
    private static int Rows(double ms, double top, int plotHeight) =>
        ms > 0 ? Math.Max(1, (int)Math.Round(ms / top * plotHeight)) : 0;

    /// <summary>
    /// p50, p95 and p99 (ms) per column, in drawing order (p50 over p95 over p99), the newest seconds
    /// in the last column; zeros where nothing was timed.
    /// </summary>
    private static double[][] Columns(ImmutableList<SecondLatency> seconds, int plotWidth, int perColumn)
    {
        var sketches = new LatencySketch?[plotWidth];
        int first = Math.Max(0, seconds.Count - plotWidth * perColumn);
        for (int i = first; i < seconds.Count; i++)
        {
            if (seconds[i].Latency is { Count: > 0 } latency)
            {
                int at = plotWidth - 1 - (seconds.Count - 1 - i) / perColumn;
                (sketches[at] ??= new LatencySketch()).Merge(latency);
            }
        }

        return [.. sketches.Select(Quantiles)];
    }

    private static double[] Quantiles(LatencySketch? sketch) => sketch is null
        ? [0, 0, 0]
        : Milliseconds(sketch.Percentiles());

    private static double[] Milliseconds(Percentiles p) => [p.P50 / 1000.0, p.P95 / 1000.0, p.P99 / 1000.0];
}
