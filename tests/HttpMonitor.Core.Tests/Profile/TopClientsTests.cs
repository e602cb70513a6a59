using System.Text;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Profile;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Profile;

public sealed class TopClientsTests
{
    [Fact]
    public void FloodOfDistinctClientsInOneSecond_TheOverflowIsNeverRankedAsAClient()
    {
        // 12,000 distinct clients in one second: past the second's bound of 10,000 the rest are
        // summed as "(other)", which is no client: it must not come out on top with 2,000 hits.
        var log = new StringBuilder();
        for (int i = 0; i < 12_000; i++)
        {
            log.Append(Some.Line(0).Replace("10.0.0.1", $"10.{i / 65536}.{i / 256 % 256}.{i % 256}", StringComparison.Ordinal)).Append('\n');
        }

        var (events, _) = ReplayRun.Of(log.ToString(), new MonitorOptions());

        var profile = events.OfType<TrafficProfile>().Single(p => p.Final);
        Assert.DoesNotContain(profile.Clients, c => c.Client == "(other)");
    }

    [Fact]
    public void MoreClientsThanTheSketchHolds_EstimatesSayTheirBound()
    {
        // 3,000 distinct clients for a sketch of 1,000: the top ones are estimates, and say by how much.
        var log = new StringBuilder();
        for (int i = 0; i < 3_000; i++)
        {
            log.Append(Some.Line(i / 100).Replace("10.0.0.1", $"10.1.{i / 256}.{i % 256}", StringComparison.Ordinal)).Append('\n');
        }

        var (events, _) = ReplayRun.Of(log.ToString(), new MonitorOptions());

        var clients = events.OfType<TrafficProfile>().Single(p => p.Final).Clients;
        Assert.All(clients, c => Assert.True(c.Overestimate > 0 && c.Hits - c.Overestimate <= 1, $"{c.Client}: {c.Hits} ± {c.Overestimate}"));
    }
}
