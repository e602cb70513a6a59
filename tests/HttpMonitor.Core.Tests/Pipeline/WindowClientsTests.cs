using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Tests.Pipeline;

public sealed class WindowClientsTests
{
    [Theory]
    [InlineData(20, 50)]        // a few waiting seconds: folded when read
    [InlineData(400, 1000)]     // more than the waiting bound: folded as they come, and when read
    public void Take_GivesWhatFoldingEachSecondAtOnceGives(int seconds, int clientsPerSecond)
    {
        var random = new Random(seconds);
        var lazy = new WindowClients(capacity: 100);
        var eager = new SpaceSaving(100);
        for (int s = 0; s < seconds; s++)
        {
            var batch = Batch(Enumerable.Range(0, clientsPerSecond).Select(_ => $"10.0.{random.Next(30)}.{random.Next(200)}"));
            lazy.Add(batch);
            batch.AddTo(eager);
        }

        var top = lazy.Take(10);

        Assert.Equal(WindowClients.Top(eager, 10), top);
        Assert.Empty(lazy.Take(10)); // the next window starts empty
    }

    [Fact]
    public void Take_ReadLater_StillGivesItsOwnWindow()
    {
        var clients = new WindowClients(capacity: 10);
        clients.Add(Batch(["10.0.0.1", "10.0.0.1"]));
        var first = clients.Take(10);
        clients.Add(Batch(["10.0.0.2"]));
        var second = clients.Take(10);

        Assert.Equal([new ClientStats("10.0.0.2", 1, 0)], second);
        Assert.Equal([new ClientStats("10.0.0.1", 2, 0)], first);
    }

    private static ClientCounts Batch(IEnumerable<string> clients)
    {
        var table = new Utf8Table<(long Hits, long Errors)>();
        foreach (string client in clients)
        {
            ref var tally = ref table.GetOrAdd(Encoding.UTF8.GetBytes(client));
            tally = (tally.Hits + 1, tally.Errors);
        }

        return ClientCounts.From(table);
    }
}
