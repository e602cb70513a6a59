using HttpMonitor.Core.Profile;

namespace HttpMonitor.Core.Tests.Profile;

public sealed class SpaceSavingTests
{
    [Fact]
    public void Add_KeysThatFit_AreCountedExactly()
    {
        var sketch = new SpaceSaving<string>(10);
        foreach (var (key, n) in new[] { ("a", 5), ("b", 3), ("c", 7) })
        {
            for (int i = 0; i < n; i++)
            {
                sketch.Add(key, 1, key == "b" ? 1 : 0);
            }
        }

        Assert.True(sketch.IsExact);
        Assert.Equal(
            [new HeavyHitter<string>("c", 7, 0, 0), new("a", 5, 0, 0), new("b", 3, 3, 0)],
            sketch.Top(10, StringComparer.Ordinal));
    }

    [Fact]
    public void Add_FloodOfDistinctKeys_StaysWithinCapacity()
    {
        var sketch = new SpaceSaving<string>(100);
        for (int i = 0; i < 200_000; i++)
        {
            sketch.Add("10.0." + (i / 256 % 256) + "." + (i % 256) + "/" + i);
        }

        Assert.Equal(100, sketch.Count);
        Assert.False(sketch.IsExact);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Add_HeavyClientsInAFlood_SurviveWithBoundedError(int seed)
    {
        // Property: every key with more than total/capacity hits is kept, its count over-estimated
        // by at most total/capacity, and the true top keys are reported on top.
        var random = new Random(seed);
        var sketch = new SpaceSaving<string>(50);
        var truth = new Dictionary<string, long>();
        var stream = new List<string>();
        for (int heavy = 0; heavy < 5; heavy++)
        {
            stream.AddRange(Enumerable.Repeat($"heavy{heavy}", 2000 + (heavy * 500)));
        }

        stream.AddRange(Enumerable.Range(0, 20_000).Select(_ => $"noise{random.Next(1_000_000)}"));
        foreach (string key in stream.OrderBy(_ => random.Next()))
        {
            sketch.Add(key);
            truth[key] = truth.GetValueOrDefault(key) + 1;
        }

        long bound = stream.Count / 50;
        var top = sketch.Top(5, StringComparer.Ordinal);
        Assert.Equal(["heavy4", "heavy3", "heavy2", "heavy1", "heavy0"], top.Select(t => t.Key));
        Assert.All(top, t => Assert.InRange(t.Count - truth[t.Key], 0, bound));
    }
}
