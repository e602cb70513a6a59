using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Output;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Output;

public sealed class TextRendererTests
{
    private static readonly WindowStats Busy = Some.Window(0, Some.Section("/api", 3, "/api/users", 900), Some.Section("/", 1));

    [Fact]
    public void Window_WithTraffic_IsATableOfItsTopSections()
    {
        var lines = Render(top: 1, Busy);

        Assert.Equal(
            [
                "── 2026-11-23T12:00:00Z → 12:00:10Z ── 4 hits · 4xx 0 · 5xx 0 · 400 B",
                "   section                      hits  share    4xx    5xx     bytes  heaviest",
                "   /api                            3    75%      0      0     300 B  /api/users (900 B)",
                "   … 1 more section",
            ],
            lines);
    }

    [Fact]
    public void EmptyWindowsInARow_AreSaidOnce_ThenSummedUpWhenTrafficReturns()
    {
        var lines = Render(top: 10, Some.Window(0), Some.Window(10), Some.Window(20), Some.Window(30, Some.Section("/", 1)));

        Assert.Equal("── 2026-11-23T12:00:00Z → 12:00:10Z ── no traffic", lines[0]);
        Assert.Equal("   … no traffic until 2026-11-23T12:00:30Z (2 more empty windows)", lines[1]);
        Assert.StartsWith("── 2026-11-23T12:00:30Z → 12:00:40Z ── 1 hit", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_IsSaidAsItsEmptyWindowsWouldBe()
    {
        var gap = new Gap(Some.T0.AddSeconds(10), Some.T0.AddSeconds(60), 5);

        var lines = Render(top: 10, Busy, gap, Some.Window(60, Some.Section("/", 1)));

        Assert.Equal("── 2026-11-23T12:00:10Z → 12:00:20Z ── no traffic", lines[4]);
        Assert.Equal("   … no traffic until 2026-11-23T12:01:00Z (4 more empty windows)", lines[5]);
        Assert.StartsWith("── 2026-11-23T12:01:00Z → 12:01:10Z ── 1 hit", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void Alerts_AreTheirMessages_MarkedByState()
    {
        var lines = Render(top: 10, Some.TrafficTriggered(10, 1500), Some.TrafficRecovered(40, 1100, 30));

        Assert.Equal(
            [
                "ALERT     High traffic generated an alert - hits = 1500, triggered at 2026-11-23T12:00:10Z",
                "RECOVERED High traffic alert recovered - hits = 1100, recovered at 2026-11-23T12:00:40Z, lasted 30s",
            ],
            lines);
    }

    [Fact]
    public void Summary_EndsAQuietRun_AndGivesTheProfileSoFar_WhenNoFinalOneCame()
    {
        var output = new StringWriter();
        using var renderer = new TextRenderer(output, 10);
        renderer.Render(Some.Window(0));
        renderer.Render(Some.Window(10));
        renderer.Render(Profile(final: false));

        renderer.Summary(new LineCounts(), alerts: 0);

        var lines = Lines(output);
        Assert.Equal("   … no traffic until 2026-11-23T12:00:20Z (1 more empty window)", lines[1]);
        Assert.Single(lines, l => l.StartsWith("── traffic profile since start", StringComparison.Ordinal));
        Assert.Equal("summary: 0 lines read, 0 accepted, 0 rejected, 0 alert events; format auto", lines[^1]);
    }

    [Fact]
    public void FinalProfile_IsWrittenOnce_NotAgainByTheSummary()
    {
        var output = new StringWriter();
        using var renderer = new TextRenderer(output, 10);
        renderer.Render(Profile(final: false));
        renderer.Render(Profile(final: true));

        renderer.Summary(new LineCounts(), alerts: 0);

        Assert.Single(Lines(output), l => l.StartsWith("── traffic profile since start", StringComparison.Ordinal));
    }

    private static TrafficProfile Profile(bool final) =>
        new(Some.T0, final, new long[24], new long[24], Enumerable.Range(0, 7).Select(_ => (IReadOnlyList<long>)new long[24]).ToList(), null, []);

    private static List<string> Render(int top, params MonitorEvent[] events)
    {
        var output = new StringWriter();
        var renderer = new TextRenderer(output, top);
        foreach (var e in events)
        {
            renderer.Render(e);
        }

        return Lines(output);
    }

    private static List<string> Lines(StringWriter output) =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}
