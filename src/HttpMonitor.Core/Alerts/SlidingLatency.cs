using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Alerts;

/// <summary>
/// The response times of the last <see cref="Width"/> closed seconds, for the latency metrics of an
/// alert rule: each second's sketch is added to per-bucket counts, and taken out again when it
/// leaves the window, so each second costs its own durations, not a merge of the whole window.
/// </summary>
/// <remarks>
/// Count and sum are exact, so the mean is; a quantile is the representative of its bucket, within
/// 1% (the buckets of <see cref="LatencyBuckets"/>). <see cref="SecondsRing{T}"/> keeps an hour
/// of seconds, so that a widened window counts the seconds already seen.
/// </remarks>
internal sealed class SlidingLatency(int width)
{
    private readonly long[] _counts = new long[LatencyBuckets.Count];
    private readonly SecondsRing<LatencySketch?> _seconds = new(width);

    public int Width => _seconds.Width;

    /// <summary>Timed hits in the window.</summary>
    public long Count { get; private set; }

    /// <summary>Their summed durations, µs.</summary>
    public long Sum { get; private set; }

    /// <summary>Pushes the next closed second's durations (null: none).</summary>
    public void Push(LatencySketch? second)
    {
        var kept = second is { Count: > 0 } ? second : null;
        if (_seconds.Push(kept, out var leaving))
        {
            Take(leaving, -1);
        }

        Take(kept, +1);
    }

    /// <summary>Pushes <paramref name="count"/> seconds without durations, in at most as many steps as seconds are kept.</summary>
    public void PushEmpty(long count)
    {
        for (long i = Math.Min(count, _seconds.Capacity); i > 0; i--)
        {
            Push(null);
        }
    }

    public void Resize(int width)
    {
        if (width == Width)
        {
            return;
        }

        Array.Clear(_counts);
        (Count, Sum) = (0, 0);
        foreach (var second in _seconds.Resize(width))
        {
            Take(second, +1);
        }
    }

    /// <summary>The nearest-rank <paramref name="q"/>-quantile in µs, within 1%; only when <see cref="Count"/> is above 0.</summary>
    public long Quantile(double q)
    {
        long rank = Math.Max(1, (long)Math.Ceiling((decimal)q * Count));
        long seen = 0;
        for (int bucket = 0; bucket < _counts.Length; bucket++)
        {
            seen += _counts[bucket];
            if (seen >= rank)
            {
                return LatencyBuckets.Representative(bucket);
            }
        }

        throw new InvalidOperationException("no durations in the window");
    }

    private void Take(LatencySketch? second, int sign)
    {
        if (second is not null)
        {
            second.AddTo(_counts, sign);
            Count += sign * second.Count;
            Sum += sign * second.Sum;
        }
    }
}
