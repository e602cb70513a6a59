using HttpMonitor.Core.Clock;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class SlowestFormatTests
{
    private static MonitorSnapshot With(params SlowRequest[] slowest) =>
        Some.Snapshot(Some.Second(0, slowest.Length) with { Latency = SomeTimed.Sketch(1), Slowest = slowest });

    [Fact]
    public void Lines_SlowRequests_DurationStatusTimeSectionPathSlowestFirst()
    {
        var s = With(new SlowRequest(Some.T0.AddSeconds(1), "/api", "/api/slow", 503, 2_500_000), new SlowRequest(Some.T0, "/web", "/web/x", 200, 12_300));

        var lines = SlowestFormat.Lines(s, width: 80, height: 5);

        ScreenAssert.LinesEqual(
            [
                "       ms status time      section          path",
                "    2,500    503 12:00:01Z /api             /api/slow",
                "     12.3    200 12:00:00Z /web             /web/x",
            ],
            lines);
        Assert.Equal(Tone.Alert, lines[1].Runs[0].Tone);
    }

    [Fact]
    public void Lines_LongPathAndControlCharacters_CutToWidthAndEscaped()
    {
        var s = With(new SlowRequest(Some.T0, "/a\e[2J", "/a/" + new string('x', 100), 200, 1_000));

        var line = SlowestFormat.Lines(s, width: 60, height: 5)[1].ToString();

        Assert.Equal(60, line.Length);
        Assert.EndsWith("x…", line, StringComparison.Ordinal);
        Assert.Contains(@"/a\x1b[2J", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_ShortPanel_ShowsAsManyAsFitUnderTheHeader()
    {
        var s = With([.. Enumerable.Range(1, 10).Select(i => new SlowRequest(Some.T0, "/a", $"/a/{i}", 200, i * 1000))]);

        Assert.Equal(4, SlowestFormat.Lines(s, width: 80, height: 4).Count);
    }

    [Fact]
    public void Lines_NothingTimedRecently_SaysSo()
    {
        Assert.Equal("No timed request in the last 5 minutes.", Assert.Single(SlowestFormat.Lines(Some.Snapshot(), 80, 5)).ToString());
    }
}
