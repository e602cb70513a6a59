using CsCheck;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Tests.Collections;

/// <summary>The buckets behind <see cref="LatencySketch"/>'s 1% bound, checked bucket by bucket over all of long.</summary>
public sealed class LatencyBucketsTests
{
    [Fact]
    public void IndexOf_EachBucketsFirstAndLastValue_IsThatBucket()
    {
        for (int bucket = 0; bucket < LatencyBuckets.Count; bucket++)
        {
            Assert.Equal(bucket, LatencyBuckets.IndexOf(LatencyBuckets.Lowest(bucket)));
            Assert.Equal(bucket, LatencyBuckets.IndexOf(LatencyBuckets.Highest(bucket)));
        }
    }

    [Fact]
    public void Buckets_OneAfterAnother_CoverEveryLong()
    {
        Assert.Equal(0, LatencyBuckets.Lowest(0));
        for (int bucket = 1; bucket < LatencyBuckets.Count; bucket++)
        {
            Assert.Equal(LatencyBuckets.Highest(bucket - 1) + 1, LatencyBuckets.Lowest(bucket));
        }

        Assert.Equal(long.MaxValue, LatencyBuckets.Highest(LatencyBuckets.Count - 1));
    }

    [Fact]
    public void Representative_EveryBucket_IsWithinOnePercentOfEachValueInIt()
    {
        for (int bucket = 0; bucket < LatencyBuckets.Count; bucket++)
        {
            // Relative error is largest at the bucket's ends; Int128 keeps 100·x from overflowing.
            Int128 lo = LatencyBuckets.Lowest(bucket), hi = LatencyBuckets.Highest(bucket);
            Int128 representative = LatencyBuckets.Representative(bucket);
            Assert.InRange(representative, lo, hi);
            Assert.True(100 * (representative - lo) <= lo, $"bucket {bucket}: {representative} is over 1% above {lo}");
            Assert.True(100 * (hi - representative) <= hi, $"bucket {bucket}: {representative} is over 1% below {hi}");
        }
    }

    [Fact]
    public void IndexOf_AnyValue_FallsBetweenItsBucketsEnds()
    {
        Gen.Select(Gen.Long[0, long.MaxValue], Gen.Int[0, 62]).Select((v, shift) => v >> shift).Sample(value =>
        {
            int bucket = LatencyBuckets.IndexOf(value);
            return LatencyBuckets.Lowest(bucket) <= value && value <= LatencyBuckets.Highest(bucket);
        }, iter: 100_000);
    }

    [Fact]
    public void Representative_ValuesBelowFifty_AreExact()
    {
        for (long micros = 0; micros < 50; micros++)
        {
            Assert.Equal(micros, LatencyBuckets.Representative(LatencyBuckets.IndexOf(micros)));
        }
    }
}
