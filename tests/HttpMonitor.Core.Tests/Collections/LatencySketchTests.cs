using CsCheck;
using HttpMonitor.Core.Collections;

using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Collections;

/// <summary>
/// The sketch against exact nearest-rank percentiles (SEMANTICS, "Response times": pq is the
/// smallest d such that at least ⌈q·n⌉ of the n durations are ≤ d), exact count, sum, min, max and
/// mean, merging, memory and the frozen state a closed second carries.
/// </summary>
public sealed class LatencySketchTests
{
    private const long Hour = 3_600_000_000;
    private static readonly int[] Percentiles = [50, 90, 95, 99];

    public static TheoryData<string, int> Distributions()
    {
        var data = new TheoryData<string, int>();
        foreach (string name in new[] { "uniform", "lognormal", "all equal", "two clusters", "heavy tail", "zeros", "zeros and some", "tiny" })
        {
            foreach (int n in new[] { 1, 2, 3, 7, 64, 65, 1_000, 100_000 })
            {
                data.Add(name, n);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Quantile_Distribution_IsWithinOnePercentOfExactNearestRank(string distribution, int n)
    {
        long[] durations = Durations(distribution, n, seed: n);
        var sketch = Sketch(durations);
        foreach (int p in Percentiles)
        {
            AssertWithinOnePercent(ExactPercentile(durations, p), sketch.Quantile(p / 100.0), $"p{p}");
        }
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void CountSumMinMax_Distribution_AreExact(string distribution, int n)
    {
        long[] durations = Durations(distribution, n, seed: n);
        var sketch = Sketch(durations);
        Assert.Equal((n, durations.Sum(), durations.Min(), durations.Max()), (sketch.Count, sketch.Sum, sketch.Min, sketch.Max));
    }

    [Fact]
    public void Quantile_AnyDurations_AreWithinOnePercentOfExactNearestRank()
    {
        Gen.Long[0, Hour].Array[1, 300].Sample(durations =>
        {
            var sketch = Sketch(durations);
            return Percentiles.All(p => WithinOnePercent(ExactPercentile(durations, p), sketch.Quantile(p / 100.0)));
        }, iter: 2_000);
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Percentiles_Distribution_AreTheFourQuantilesAndWithinOnePercentOfExact(string distribution, int n)
    {
        long[] durations = Durations(distribution, n, seed: n);
        var sketch = Sketch(durations).Freeze();
        var p = sketch.Percentiles();
        Assert.Equal((sketch.Quantile(0.50), sketch.Quantile(0.90), sketch.Quantile(0.95), sketch.Quantile(0.99)), (p.P50, p.P90, p.P95, p.P99));
        AssertWithinOnePercent(ExactPercentile(durations, 50), p.P50, "p50");
        AssertWithinOnePercent(ExactPercentile(durations, 90), p.P90, "p90");
        AssertWithinOnePercent(ExactPercentile(durations, 95), p.P95, "p95");
        AssertWithinOnePercent(ExactPercentile(durations, 99), p.P99, "p99");
    }

    [Fact]
    public void Mean_MillionDurations_IsExactToTheMicrosecond()
    {
        long[] durations = Durations("heavy tail", 1_000_000, seed: 3);
        decimal exact = durations.Sum(d => (decimal)d) / durations.Length;
        Assert.Equal(exact, (decimal)Sketch(durations).Mean, precision: 3); // µs to 0.001: far finer than 0.001 ms
    }

    [Fact]
    public void Quantile_ZeroAndOne_AreMinAndMaxExactly()
    {
        var sketch = Sketch([1_234_567, 7_654_321, 3_333_333]);
        Assert.Equal((1_234_567, 7_654_321), (sketch.Quantile(0), sketch.Quantile(1)));
    }

    [Fact]
    public void Quantile_DurationsInOneBucket_StaysBetweenMinAndMax()
    {
        // 100_000 .. 100_002 µs share a bucket (98,634 .. 100,626) whose representative, 99,620, is below them.
        var sketch = Sketch([100_000, 100_001, 100_002]);
        Assert.InRange(sketch.Quantile(0.5), 100_000, 100_002);
    }

    [Fact]
    public void Quantile_DecimalQuantile_TakesTheRankItNames()
    {
        // In doubles 0.07 · 100 is 7.000000000000001, whose ceiling is rank 8: 80 ms, 14% off.
        var sketch = Sketch(Enumerable.Range(1, 100).Select(i => i * 10_000L));
        AssertWithinOnePercent(70_000, sketch.Quantile(0.07), "p7");
    }

    [Fact]
    public void Quantile_EmptySketch_ThrowsSayingToCheckCount()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new LatencySketch().Quantile(0.5));
        Assert.Contains("Count", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Quantile_OutsideZeroToOne_Throws(double q) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sketch([1, 2, 3]).Quantile(q));

    [Fact]
    public void Add_NegativeDuration_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LatencySketch().Add(-1));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 5)]
    [InlineData(3, 5)]
    [InlineData(30, 34)]
    [InlineData(30, 35)]
    [InlineData(100, 3)]
    [InlineData(3, 100)]
    [InlineData(500, 700)]
    public void Merge_TwoSketches_EqualsAddingEverythingToOne(int left, int right)
    {
        long[] a = Durations("lognormal", left, seed: 1), b = Durations("two clusters", right, seed: 2);
        var merged = Sketch(a);
        merged.Merge(Sketch(b));
        AssertSameDurations(Sketch([.. a, .. b]), merged);
    }

    [Fact]
    public void Merge_AnyThreeSketches_IsAssociative()
    {
        var durations = Gen.Long[0, Hour].Array[0, 120];
        Gen.Select(durations, durations, durations).Sample((a, b, c) =>
        {
            var left = Sketch(a);
            left.Merge(Sketch(b));
            left.Merge(Sketch(c));
            var rest = Sketch(b);
            rest.Merge(Sketch(c));
            var right = Sketch(a);
            right.Merge(rest);
            AssertSameDurations(left, right);
        }, iter: 500);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void Merge_ItselfIntoItself_CountsEveryDurationTwice(int n)
    {
        long[] durations = Durations("uniform", n, seed: 4);
        var sketch = Sketch(durations);
        sketch.Merge(sketch);
        AssertSameDurations(Sketch([.. durations, .. durations]), sketch);
    }

    [Fact]
    public void Merge_FrozenSecondsIntoAWindow_EqualsTheWindowsDurations()
    {
        var random = new Random(5);
        long[][] seconds = [.. Enumerable.Range(0, 10).Select(s => Durations("lognormal", random.Next(0, 12), seed: s))];
        var window = new LatencySketch();
        foreach (long[] second in seconds)
        {
            window.Merge(Sketch(second).Freeze());
        }

        AssertSameDurations(Sketch(seconds.SelectMany(s => s)), window);
    }

    [Fact]
    public void Add_ToFrozenSketch_Throws()
    {
        var second = Sketch([1_000]).Freeze();
        Assert.Throws<InvalidOperationException>(() => second.Add(2_000));
    }

    [Fact]
    public void Merge_IntoFrozenSketch_Throws()
    {
        var second = Sketch([1_000]).Freeze();
        Assert.Throws<InvalidOperationException>(() => second.Merge(Sketch([2_000])));
    }

    [Fact]
    public void Copy_OfFrozenSketch_ChangesWithoutTouchingTheOriginal()
    {
        var second = Sketch(Durations("uniform", 200, seed: 6)).Freeze();
        var copy = second.Copy();
        copy.Add(Hour);
        Assert.Equal((201, Hour, 200), (copy.Count, copy.Max, second.Count));
    }

    [Fact]
    public void BucketsHeld_EmptySketch_IsNone() => Assert.Equal(0, new LatencySketch().BucketsHeld);

    [Fact]
    public void BucketsHeld_ThreeDurations_IsASmallList() =>
        Assert.InRange(Sketch([5_000, 80_000, 2_000_000]).BucketsHeld, 3, 4);

    [Fact]
    public void BucketsHeld_MillionDurationsFromOneMicrosecondToOneHour_IsAtMostHalfAgainTheBucketsUsed()
    {
        // Log-uniform over 1 µs .. 1 h: the 968 buckets of that range are used, and growth may add
        // half as many again: 1,500 counts, 12 KB, whatever the number of durations.
        var random = new Random(7);
        var sketch = new LatencySketch();
        for (int i = 0; i < 1_000_000; i++)
        {
            sketch.Add((long)Math.Exp(random.NextDouble() * Math.Log(Hour)));
        }

        Assert.InRange(sketch.BucketsHeld, 968, 1_500);
    }

    [Fact]
    public void BucketsHeld_MillionEqualDurations_IsOneChunk() =>
        Assert.Equal(LatencySketch.Chunk, Sketch(Enumerable.Repeat(250_000L, 1_000_000)).BucketsHeld);

    private static LatencySketch Sketch(IEnumerable<long> durations)
    {
        var sketch = new LatencySketch();
        foreach (long d in durations)
        {
            sketch.Add(d);
        }

        return sketch;
    }

    private static long ExactPercentile(long[] durations, int p) => new ExactLatency(durations).Quantile(p / 100m);

    private static bool WithinOnePercent(long exact, long estimate) => Math.Abs(estimate - exact) * 100.0 <= exact;

    private static void AssertWithinOnePercent(long exact, long estimate, string what) =>
        Assert.True(WithinOnePercent(exact, estimate), $"{what}: {estimate} µs is more than 1% from the exact {exact} µs");

    /// <summary>Same count, sum, min and max, and the same value at every rank: the same durations, as far as a sketch can tell.</summary>
    private static void AssertSameDurations(LatencySketch expected, LatencySketch actual)
    {
        Assert.Equal((expected.Count, expected.Sum, expected.Min, expected.Max), (actual.Count, actual.Sum, actual.Min, actual.Max));
        for (long rank = 1; rank <= expected.Count; rank++)
        {
            double q = (double)rank / expected.Count;
            Assert.Equal(expected.Quantile(q), actual.Quantile(q));
        }
    }

    private static long[] Durations(string distribution, int n, int seed)
    {
        var random = new Random(seed);
        double LogNormal(double median, double sigma) =>
            median * Math.Exp(sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        long Next() => distribution switch
        {
            "uniform" => random.NextInt64(0, 10_000_000),
            "lognormal" => (long)LogNormal(50_000, 1.5),
            "all equal" => 123_456,
            "two clusters" => random.Next(2) == 0 ? random.NextInt64(900, 1_100) : random.NextInt64(4_900_000, 5_100_000),
            "heavy tail" => (long)Math.Min(Hour, 1_000 / Math.Pow(1 - random.NextDouble(), 1 / 1.1)), // Pareto, α = 1.1
            "zeros" => 0,
            "zeros and some" => random.Next(10) < 6 ? 0 : (long)LogNormal(2_000, 2),
            "tiny" => random.NextInt64(0, 120),
            _ => throw new ArgumentException($"no distribution named {distribution}", nameof(distribution)),
        };
        return [.. Enumerable.Range(0, n).Select(_ => Next())];
    }
}
