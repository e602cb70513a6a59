using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Profile;

namespace HttpMonitor.Core.Tests.Collections;

public sealed class SpaceSavingTests
{
    [Fact]
    public void Add_KeysThatFit_AreCountedExactly()
    {
        var sketch = new SpaceSaving(10);
        foreach (var (key, n) in new[] { ("a", 5), ("b", 3), ("c", 7) })
        {
            for (int i = 0; i < n; i++)
            {
                sketch.Add(key, 1, key == "b" ? 1 : 0);
            }
        }

        Assert.True(sketch.IsExact);
        Assert.Equal(
            [new HeavyHitter("c", 7, 0, 0), new("a", 5, 0, 0), new("b", 3, 3, 0)],
            sketch.Top(10));
    }

    [Fact]
    public void Add_FloodOfDistinctKeys_StaysWithinCapacity()
    {
        var sketch = new SpaceSaving(100);
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
        var sketch = new SpaceSaving(50);
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
        var top = sketch.Top(5);
        Assert.Equal(["heavy4", "heavy3", "heavy2", "heavy1", "heavy0"], top.Select(t => t.Key));
        Assert.All(top, t => Assert.InRange(t.Count - truth[t.Key], 0, bound));
    }
}

/// <summary>
/// The sketch against a plain Space-Saving (a list of string-keyed counters searched whole): same
/// counters, same counts, same over-estimates, including which of the tied smallest counters is
/// taken over (the one whose count changed the longest ago), so that an optimisation never
/// changes what is reported.
/// </summary>
public sealed class SpaceSavingReferenceTests
{
    [Theory]
    [InlineData(1, 16, 3)]
    [InlineData(2, 50, 1)]
    [InlineData(3, 50, 5)]
    [InlineData(4, 200, 2)]
    [InlineData(5, 1, 2)]
    public void Add_WeightedStreamsWithTies_MatchThePlainSketch(int seed, int capacity, int maxWeight)
    {
        var random = new Random(seed);
        var sketch = new SpaceSaving(capacity);
        var reference = new PlainSpaceSaving(capacity);
        for (int i = 0; i < 50_000; i++)
        {
            // Few keys (ties, repeats) or many (take-overs); some non-ASCII keys for the order of ties,
            // and some around and past the length kept in place (48 bytes), taking over and taken over.
            int space = i % 1000 < 500 ? Math.Max(1, capacity / 2) : capacity * 20;
            string key = random.Next(50) switch
            {
                0 => $"caf\u00e9-{random.Next(space)}",
                < 10 => $"{random.Next(space)}-".PadRight(47 + random.Next(4), 'x'),
                _ => $"10.0.{random.Next(space)}",
            };
            long weight = random.Next(maxWeight + 1); // 0 too: a touch without a count
            long errors = random.Next((int)weight + 1);
            sketch.Add(key, weight, errors);
            reference.Add(key, weight, errors);
            if (i == 30_000)
            {
                sketch.Clear();
                reference.Clear();
            }
        }

        Assert.Equal(reference.Top(capacity), sketch.Top(capacity));
        foreach (int n in new[] { 1, 3, 10 })
        {
            Assert.Equal(reference.Top(n), sketch.Top(n)); // the best few, ties at the cut by key order
        }
    }

    private sealed class PlainSpaceSaving(int capacity)
    {
        private readonly List<Counter> _counters = [];
        private long _clock;

        public void Add(string key, long count, long errors)
        {
            var counter = _counters.Find(c => c.Key == key);
            if (counter is not null)
            {
                counter.Errors += errors;
            }
            else if (_counters.Count < capacity)
            {
                counter = new Counter { Key = key, Errors = errors };
                _counters.Add(counter);
            }
            else
            {
                counter = _counters.MinBy(c => (c.Count, c.Changed))!;
                counter.Overestimate = counter.Count;
                counter.Key = key;
                counter.Errors = errors;
            }

            counter.Count += count;
            counter.Changed = _clock++;
        }

        public void Clear() => _counters.Clear();

        public List<HeavyHitter> Top(int n) => _counters
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Take(n)
            .Select(c => new HeavyHitter(c.Key, c.Count, c.Errors, c.Overestimate)).ToList();

        private sealed class Counter
        {
            public string Key = "";
            public long Count;
            public long Errors;
            public long Overestimate;
            public long Changed;
        }
    }
}
