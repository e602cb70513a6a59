using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.ReplayRun;

namespace HttpMonitor.Core.Tests.Pipeline;

/// <summary>Per-window top vhosts (SEMANTICS "Virtual hosts"): ranked as sections, bounded as sections.</summary>
public sealed class VhostsTests
{
    private static readonly MonitorOptions Options = new() { StatisticsInterval = 10, LogFormat = "vhost_combined" };

    private static string Line(string vhost, int second, int status = 200, int bytes = 100) =>
        $"{vhost}:443 " + Some.Line(Some.Start.AddSeconds(second), status: status).Replace(" 100 ", $" {bytes} ", StringComparison.Ordinal);

    [Fact]
    public void Window_ReportsItsVhosts_RankedByHitsThenName()
    {
        var (events, _) = Of(Lines(Line("b.example", 0), Line("a.example", 1, 404, 7), Line("c.example", 2, 503), Line("c.example", 3), Line("b.example", 12)), Options);

        var windows = events.OfType<WindowStats>().ToList();
        Assert.Equal(
            ["c.example 2 0 1 200", "a.example 1 1 0 7", "b.example 1 0 0 100"],
            windows[0].Vhosts.Select(v => $"{v.Vhost} {v.Hits} {v.Errors4xx} {v.Errors5xx} {v.Bytes}"));
        Assert.Equal(["b.example 1"], windows[1].Vhosts.Select(v => $"{v.Vhost} {v.Hits}"));
    }

    [Fact]
    public void FormatWithoutVhosts_GivesWindowsWithout()
    {
        var (events, _) = Of(Lines(Some.Line(0), Some.Line(11)));

        Assert.All(events.OfType<WindowStats>(), w => Assert.Empty(w.Vhosts));
    }

    [Fact]
    public void VhostsPastTheBound_AreSummedAsOther()
    {
        var table = new VhostTable(capacity: 2);
        foreach (string vhost in (string[])["a", "b", "c", "a", "d"])
        {
            table.Add(new VhostStats(vhost, new Tally(1, 0, 0, 1)));
        }

        Assert.Equal(["(other) 2", "a 2", "b 1"], table.TakeRanked().Select(v => $"{v.Vhost} {v.Hits}"));
    }

    [Fact]
    public void SecondWithMoreVhostsThanItsBound_KeepsTheFirstAndSumsTheRest()
    {
        int distinct = OpenSecond.VhostCapacity + 5;
        var lines = Enumerable.Range(0, distinct).Select(i => Line($"v{i}.example", 0)).ToArray();

        var (events, _) = Of(Lines(lines), Options);

        var second = events.OfType<ClosedSecond>().Single(s => s.Tally.Hits > 0);
        Assert.Equal((OpenSecond.VhostCapacity + 1, 5L), (second.Vhosts.Count, second.Vhosts.Single(v => v.Vhost == "(other)").Hits));
    }
}
