using System.Collections.Immutable;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class LatencyChartFormatTests
{
    /// <summary>100 durations: p50 10 ms, p95 40 ms, p99 80 ms (max 100 ms).</summary>
    private static readonly double[] Spread =
        [.. Enumerable.Repeat(10.0, 50), .. Enumerable.Repeat(40.0, 45), .. Enumerable.Repeat(80.0, 4), 100];

    private static ImmutableList<SecondLatency> Seconds(params double[][] seconds) =>
        [.. seconds.Select(ms => ms.Length == 0 ? SecondLatency.None : new SecondLatency(SomeTimed.Sketch(ms), []))];

    [Fact]
    public void Lines_OneTimedColumn_ShadesUpToP50P95AndP99()
    {
        // 6 plot columns of 50 s each; only the newest second is timed: scale 0–100 ms over 5 rows.
        var lines = LatencyChartFormat.Lines(Seconds(Spread), width: 12, height: 6);

        ScreenAssert.LinesEqual(
            [
                "  100┤      ",
                "     ┤     ░",
                "     ┤     ░",
                "     ┤     ▓",
                "    0┤     █",
                "     └──────",
            ],
            lines);
    }

    [Fact]
    public void Lines_Shades_HaveTheirOwnTones()
    {
        var lines = LatencyChartFormat.Lines(Seconds(Spread), width: 12, height: 6);

        Assert.Equal((Tone.Alert, Tone.Warning, Tone.Bar), (lines[1].Runs[^1].Tone, lines[3].Runs[^1].Tone, lines[4].Runs[^1].Tone));
    }

    [Fact]
    public void Lines_ColumnOfSeveralSeconds_MergesTheirDurations()
    {
        // 80 columns: 74 plot columns of 5 s, the last one holding these 5 seconds: six hits of 1 ms
        // and one of 99 ms. Merged, p50 is 1 ms (one row) and p95 = p99 = 99 ms (3 of 4 rows, scale 150 ms).
        var lines = LatencyChartFormat.Lines(Seconds([1, 1, 1], [1], [1], [1], [99]), width: 80, height: 5);

        Assert.Equal([" ", "▓", "▓", "█"], lines.Take(4).Select(l => l.ToString()[^1..]));
        Assert.All(lines.Take(4), l => Assert.Equal(' ', l.ToString()[^2]));
    }

    [Fact]
    public void Lines_NoTimedSecond_EmptyPlotWithAxis()
    {
        var lines = LatencyChartFormat.Lines(Seconds([], []), width: 40, height: 4);

        Assert.All(lines.Take(3), l => Assert.Matches(@"^ *\d*┤ *$", l.ToString()));
        Assert.EndsWith("now", lines[^1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Title_80Columns_SaysScaleAndShades()
    {
        Assert.Equal("Response times, ms, over the last 6m 10s (5s per column): █ p50 ▓ p95 ░ p99", LatencyChartFormat.Title(80));
    }
}
