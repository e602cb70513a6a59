using System.Text;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Collections;

public sealed class Utf8TableTests
{
    [Fact]
    public void GetOrAdd_SameBytes_SameValue_KeysInFirstSeenOrder()
    {
        var table = new Utf8Table<int>();
        foreach (string key in new[] { "/b", "/a", "/b", "", "/a", "/b" })
        {
            table.GetOrAdd(Encoding.UTF8.GetBytes(key))++;
        }

        Assert.Equal(["/b", "/a", ""], Keys(table));
        Assert.Equal([3, 2, 1], Enumerable.Range(0, table.Count).Select(i => table.ValueAt(i)));
    }

    [Fact]
    public void GetOrAdd_PastTheCapacity_NewKeysCountAsTheOverflowKey_KnownKeysAsThemselves()
    {
        var table = new Utf8Table<int>(capacity: 2, overflow: "(other)");
        foreach (string key in new[] { "/a", "/b", "/c", "/a", "/d", "/b", "/c" })
        {
            table.GetOrAdd(Encoding.UTF8.GetBytes(key))++;
        }

        Assert.Equal(["/a", "/b", "(other)"], Keys(table));
        Assert.Equal([2, 2, 3], Enumerable.Range(0, table.Count).Select(i => table.ValueAt(i)));
        Assert.False(table.Contains("/c"u8));
    }

    [Fact]
    public void GetOrAdd_AKeyNamedAsTheOverflowKey_SumsTheOverflow_AndAfterAClearTheOverflowComesAnew()
    {
        var table = new Utf8Table<int>(capacity: 2, overflow: "(other)");
        foreach (string key in new[] { "(other)", "/a", "/b", "/c" })
        {
            table.GetOrAdd(Encoding.UTF8.GetBytes(key))++;
        }

        Assert.Equal(["(other)", "/a"], Keys(table));
        Assert.Equal([3, 1], Enumerable.Range(0, table.Count).Select(i => table.ValueAt(i)));

        table.Clear();
        foreach (string key in new[] { "/x", "/y", "/z", "/w", "/x" })
        {
            table.GetOrAdd(Encoding.UTF8.GetBytes(key))++;
        }

        Assert.Equal(["/x", "/y", "(other)"], Keys(table));
        Assert.Equal([2, 1, 2], Enumerable.Range(0, table.Count).Select(i => table.ValueAt(i)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ManyKeys_OfEveryLength_MatchADictionary_AcrossGrowthAndClear(int seed)
    {
        // Keys of 0 to 40 bytes (the hash reads 8 bytes at a time, and the tail apart), many alike.
        var random = new Random(seed);
        var table = new Utf8Table<long>();
        for (int round = 0; round < 3; round++)
        {
            var truth = new Dictionary<string, long>();
            var order = new List<string>();
            for (int i = 0; i < 20_000; i++)
            {
                string key = new('x', random.Next(41));
                key = key.Length == 0 ? key : key[..^1] + (char)('a' + random.Next(26));
                key = random.Next(2) == 0 ? key : $"10.{random.Next(300)}.{random.Next(4)}.{key.Length}";
                if (!truth.ContainsKey(key))
                {
                    order.Add(key);
                }

                truth[key] = truth.GetValueOrDefault(key) + i;
                table.GetOrAdd(Encoding.UTF8.GetBytes(key)) += i;
                Assert.True(table.Contains(Encoding.UTF8.GetBytes(key)));
            }

            Assert.Equal(order, Keys(table));
            Assert.Equal(order.Select(k => truth[k]), Enumerable.Range(0, table.Count).Select(i => table.ValueAt(i)));
            Assert.False(table.Contains("absent"u8));
            table.Clear();
            Assert.Equal(0, table.Count);
        }
    }

    private static List<string> Keys<T>(Utf8Table<T> table) where T : struct =>
        Enumerable.Range(0, table.Count).Select(i => Encoding.UTF8.GetString(table.KeyAt(i))).ToList();
}
