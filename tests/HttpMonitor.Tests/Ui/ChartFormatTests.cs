using System.Collections.Immutable;
using HttpMonitor.Core.Clock;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class ChartFormatTests
{
    private static ImmutableList<Tally> Hits(params long[] hits) => [.. hits.Select(h => new Tally(h, 0, 0, 0))];

    [Fact]
    public void Lines_SmallChart_BarsThresholdAndAxis()
    {
        // 6 plot columns of 50 s each (300 s target); only the last column has traffic: 50 s at 12 req/s.
        var seconds = Hits([.. Enumerable.Repeat(12L, 50)]);

        var lines = ChartFormat.Lines(seconds, threshold: 10, width: 12, height: 4);

        ScreenAssert.LinesEqual(
            [
                "   15┤     ▃",
                "   10┤╌╌╌╌╌█",
                "    0┤     █",
                "     └──────",
            ],
            lines);
        Assert.Equal(Tone.Alert, lines[0].Runs[^1].Tone);
    }

    [Fact]
    public void Lines_BelowThreshold_BarsAreNotAlertColored()
    {
        var lines = ChartFormat.Lines(Hits(2, 2), threshold: 10, width: 40, height: 5);

        Assert.DoesNotContain(lines.SelectMany(l => l.Runs), s => s.Tone == Tone.Alert);
        Assert.EndsWith("now", lines[^1].ToString(), StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(40, l.ToString().Length));
    }

    [Fact]
    public void Lines_NoRoom_Nothing()
    {
        Assert.Empty(ChartFormat.Lines(Hits(1), 10, width: 6, height: 5));
        Assert.Empty(ChartFormat.Lines(Hits(1), 10, width: 40, height: 1));
    }

    [Theory]
    [InlineData(74, 5)]
    [InlineData(160, 2)]
    [InlineData(400, 1)]
    public void SecondsPerColumn_ScalesToWidth(int width, int expected)
    {
        Assert.Equal(expected, ChartFormat.SecondsPerColumn(width));
    }

    [Theory]
    [InlineData(0.3, 1)]
    [InlineData(11.5, 15)]
    [InlineData(51.75, 60)]
    [InlineData(1000, 1000)]
    public void NiceCeiling_RoundsUpToReadableValue(double value, double expected)
    {
        Assert.Equal(expected, ChartFormat.NiceCeiling(value));
    }

    [Fact]
    public void Title_SaysSpanAndThreshold()
    {
        Assert.Equal("Traffic, req/s over the last 6m 10s (5s per column); ╌ threshold 10", ChartFormat.Title(Some.Snapshot(), 80));
    }
}
