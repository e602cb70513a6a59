using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Tests.Clock;

public sealed class ClientCountsTests
{
    [Fact]
    public void Rented_ReadsAsACopy()
    {
        var table = Table("10.0.0.1", "10.0.0.2", "10.0.0.1");

        var rented = ClientCounts.Rented(table);

        Assert.Equal(Read(ClientCounts.From(table)), Read(rented));
        Assert.Equal(["10.0.0.1:2", "10.0.0.2:1"], Read(rented));
    }

    [Fact]
    public void Return_Rented_LeavesNoClient()
    {
        var rented = ClientCounts.Rented(Table("10.0.0.1"));

        rented.Return();

        Assert.Equal(0, rented.Count);
        Assert.Equal(-1, rented.OverflowIndex);
    }

    [Fact]
    public void Return_NotRented_KeepsItsClients()
    {
        var copied = ClientCounts.From(Table("10.0.0.1"));

        copied.Return();

        Assert.Equal(["10.0.0.1:1"], Read(copied));
    }

    internal static Utf8Table<(long Hits, long Errors)> Table(params string[] clients)
    {
        var table = new Utf8Table<(long Hits, long Errors)>();
        foreach (string client in clients)
        {
            ref var tally = ref table.GetOrAdd(Encoding.UTF8.GetBytes(client));
            tally = (tally.Hits + 1, tally.Errors);
        }

        return table;
    }

    internal static string[] Read(ClientCounts clients) =>
        [.. Enumerable.Range(0, clients.Count).Select(i => $"{Encoding.UTF8.GetString(clients.KeyAt(i))}:{clients.HitsAt(i)}")];
}
