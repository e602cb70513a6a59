namespace HttpMonitor.Core.Collections;

/// <summary>Reading a sketch: nearest-rank quantiles, within 1% (SEMANTICS, "Response times").</summary>
public sealed partial class LatencySketch
{
    /// <summary>
    /// The nearest-rank <paramref name="q"/>-quantile in µs, within 1%: the smallest duration d such
    /// that at least ⌈q·n⌉ of the n durations are ≤ d (q = 0.95 for p95). q is taken as the
    /// decimal it was written as: ⌈0.07·100⌉ is 7, where doubles make it 8. The first and last ranks are exact.
    /// </summary>
    public long Quantile(double q)
    {
        ThrowIfEmpty();
        Span<ushort> sorted = stackalloc ushort[_counts is null ? _sparseCount : 0];
        return QuantileOf(q, Sorted(sorted));
    }

    /// <summary>p50, p90, p95 and p99 (<see cref="Quantile"/>) at once: a listed sketch is sorted once for the four, not once each.</summary>
    public Percentiles Percentiles()
    {
        ThrowIfEmpty();
        Span<ushort> sorted = stackalloc ushort[_counts is null ? _sparseCount : 0];
        var listed = Sorted(sorted);
        return new(QuantileOf(0.50, listed), QuantileOf(0.90, listed), QuantileOf(0.95, listed), QuantileOf(0.99, listed));
    }

    /// <summary>The listed buckets copied into <paramref name="into"/> and sorted (a frozen sketch is read, never changed); empty once counted.</summary>
    private ReadOnlySpan<ushort> Sorted(Span<ushort> into)
    {
        if (_counts is not null)
        {
            return [];
        }

        _sparse.AsSpan(0, _sparseCount).CopyTo(into);
        into.Sort();
        return into;
    }

    /// <param name="sorted">The listed buckets, sorted (<see cref="Sorted"/>).</param>
    private long QuantileOf(double q, ReadOnlySpan<ushort> sorted)
    {
        if (!(q is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "A quantile is between 0 and 1 (0.95 for p95).");
        }

        long rank = Math.Max(1, (long)Math.Ceiling((decimal)q * Count));
        if (rank == 1)
        {
            return Min;
        }

        if (rank == Count)
        {
            return Max;
        }

        // Clamped: the true value lies within [Min, Max], so this only brings the estimate nearer.
        return Math.Clamp(LatencyBuckets.Representative(BucketOfRank(rank, sorted)), Min, Max);
    }

    private int BucketOfRank(long rank, ReadOnlySpan<ushort> sorted)
    {
        if (_counts is null)
        {
            return sorted[(int)rank - 1];
        }

        long seen = 0;
        for (int i = 0; ; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return _countsStart + i;
            }
        }
    }

    private void ThrowIfEmpty()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("A sketch with no durations has no quantile: check Count first.");
        }
    }
}
