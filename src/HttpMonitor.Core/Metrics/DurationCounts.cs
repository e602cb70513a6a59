using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// The response times of every closed second, summed per bucket of <see cref="LatencyBuckets"/>
/// (each second adds its own sketch's buckets), read out as a <see cref="DurationHistogram"/>.
/// </summary>
/// <remarks>
/// A duration counts under a bound when its bucket's representative is at or under it: the
/// sketch keeps durations within 1%, so a duration within 1% of a bound may count in the next
/// bucket. Count and sum are exact.
/// </remarks>
internal sealed class DurationCounts
{
    private static readonly long[] BoundMicros = [.. DurationHistogram.Bounds.Select(b => (long)Math.Round(b * 1_000_000))];

    private readonly long[] _buckets = new long[LatencyBuckets.Count];
    private long _count;
    private long _sumMicros;

    public void Add(LatencySketch? second)
    {
        if (second is not { Count: > 0 })
        {
            return;
        }

        second.AddTo(_buckets, 1);
        _count += second.Count;
        _sumMicros += second.Sum;
    }

    /// <summary>The histogram so far; null before the first timed hit (a log without durations has none).</summary>
    public DurationHistogram? Histogram()
    {
        if (_count == 0)
        {
            return null;
        }

        var cumulative = new long[BoundMicros.Length];
        int bound = 0;
        long sum = 0;
        for (int b = 0; b < _buckets.Length && bound < BoundMicros.Length; b++)
        {
            while (bound < BoundMicros.Length && LatencyBuckets.Representative(b) > BoundMicros[bound])
            {
                cumulative[bound++] = sum;
            }

            sum += _buckets[b];
        }

        while (bound < BoundMicros.Length)
        {
            cumulative[bound++] = sum;
        }

        return new DurationHistogram(cumulative, _count, _sumMicros / 1e6);
    }
}
