using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Collections;

/// <summary>
/// Durations in microseconds, summed so that any nearest-rank quantile comes out within 1% of the
/// exact one (SEMANTICS, "Response times"), in bounded memory, and mergeable: a window's sketch is
/// its seconds' sketches merged. Count, sum, min and max are exact.
/// </summary>
/// <remarks>
/// <para>Each duration counts in one of <see cref="LatencyBuckets"/> (log buckets 2% wide). A sketch
/// of at most <see cref="SparseLimit"/> durations keeps each one's bucket in a list, 2 bytes each:
/// a second's sections and vhosts mostly hold tens to hundreds of timed hits, and such a list is a
/// fraction of the counts array it would take (a replay allocates a third less than with 64). Past
/// that it counts per bucket over the range of
/// buckets it has seen, grown in whole chunks and by half its length at least: at most 2,051
/// counts (16 KB) whatever it is fed, at most 1,500 for durations of 1 µs to 1 hour (968 buckets).
/// An empty sketch holds no array at all.</para>
/// <para>Ownership: a sketch is changed by one thread. <see cref="Freeze"/> ends that: a frozen
/// sketch (a closed second's) throws on <see cref="Add"/> and <see cref="Merge"/>, and only reads,
/// so it can be handed to other threads and read by many; merge it into a sketch of your own.</para>
/// </remarks>
public sealed partial class LatencySketch
{
    /// <summary>Durations kept as a list of buckets, before counting per bucket pays.</summary>
    internal const int SparseLimit = 512;

    /// <summary>A counted range starts and ends on a multiple of this (a factor of 1.9 in durations).</summary>
    internal const int Chunk = 32;

    private ushort[]? _sparse;  // each duration's bucket, while there are few and nothing is counted
    private int _sparseCount;
    private long[]? _counts;    // per bucket from _countsStart on, once there were more than SparseLimit
    private int _countsStart;
    private long _min = long.MaxValue;
    private bool _frozen;

    /// <summary>How many durations were added.</summary>
    public long Count { get; private set; }

    /// <summary>The durations' exact sum in µs (a long: 292,000 years of summed time).</summary>
    public long Sum { get; private set; }

    /// <summary>The shortest duration in µs; 0 when <see cref="Count"/> is 0.</summary>
    public long Min => Count == 0 ? 0 : _min;

    /// <summary>The longest duration in µs; 0 when <see cref="Count"/> is 0.</summary>
    public long Max { get; private set; }

    /// <summary>The mean in µs, as exact as a double holds it; 0 when <see cref="Count"/> is 0.</summary>
    public double Mean => Count == 0 ? 0 : (double)Sum / Count;

    public bool IsFrozen => _frozen;

    /// <summary>How many buckets it holds memory for (a list entry or a count each): its size, 2 or 8 bytes each.</summary>
    internal int BucketsHeld => _counts?.Length ?? _sparse?.Length ?? 0;

    /// <summary>Adds a duration of <paramref name="micros"/> µs (≥ 0).</summary>
    [MethodImpl(HotPath.PerLine)]
    public void Add(long micros)
    {
        ThrowIfFrozen();
        ArgumentOutOfRangeException.ThrowIfNegative(micros);
        int bucket = LatencyBuckets.IndexOf(micros);
        Count++;
        Sum += micros;
        _min = Math.Min(_min, micros);
        Max = Math.Max(Max, micros);
        if (_counts is null && _sparseCount < SparseLimit)
        {
            AddSparse(bucket);
        }
        else
        {
            CountBucket(bucket, 1);
        }
    }

    /// <summary>Adds every duration of <paramref name="other"/> (left as it is) to this sketch.</summary>
    public void Merge(LatencySketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ThrowIfFrozen();
        if (other.Count == 0)
        {
            return;
        }

        if (ReferenceEquals(other, this))
        {
            other = Copy();
        }

        Count += other.Count;
        Sum += other.Sum;
        _min = Math.Min(_min, other._min);
        Max = Math.Max(Max, other.Max);
        if (_counts is null && other._counts is null && _sparseCount + other._sparseCount <= SparseLimit)
        {
            // Grown once to what both hold: a window merging its seconds' lists one by one was
            // resizing from 4 up, list after list (5% of a nginx replay's folding thread).
            int count = _sparseCount + other._sparseCount;
            GrowSparse(count);
            other._sparse.AsSpan(0, other._sparseCount).CopyTo(_sparse.AsSpan(_sparseCount));
            _sparseCount = count;
        }
        else
        {
            CountSparse();
            other.AddCountsTo(this);
        }
    }

    /// <summary>
    /// Adds <paramref name="sign"/> times its count of each bucket into <paramref name="dense"/>, one
    /// entry per bucket of <see cref="LatencyBuckets"/>: with -1, a sliding window takes a leaving
    /// second out again (see Alerts' SlidingLatency). Reads only.
    /// </summary>
    internal void AddTo(Span<long> dense, int sign)
    {
        for (int i = 0; i < _sparseCount; i++)
        {
            dense[_sparse![i]] += sign;
        }

        for (int i = 0; _counts is not null && i < _counts.Length; i++)
        {
            dense[_countsStart + i] += sign * _counts[i];
        }
    }

    /// <summary>Stops all change: from now on the sketch only reads, and can be shared between threads.</summary>
    public LatencySketch Freeze()
    {
        _frozen = true;
        return this;
    }

    private void AddSparse(int bucket)
    {
        GrowSparse(_sparseCount + 1);
        _sparse[_sparseCount++] = (ushort)bucket;
    }

    /// <summary>Makes the list hold <paramref name="count"/> (≤ <see cref="SparseLimit"/>) buckets: a power of two from 4 up, at least double.</summary>
    [MemberNotNull(nameof(_sparse))]
    private void GrowSparse(int count)
    {
        if (_sparse is null || count > _sparse.Length)
        {
            int length = Math.Min(SparseLimit, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(count, 4)));
            Array.Resize(ref _sparse, length);
        }
    }

    /// <summary>Moves the listed durations into per-bucket counts.</summary>
    private void CountSparse()
    {
        var listed = _sparse.AsSpan(0, _sparseCount);
        _sparse = null;
        _sparseCount = 0;
        foreach (ushort bucket in listed)
        {
            CountBucket(bucket, 1);
        }
    }

    private void AddCountsTo(LatencySketch target)
    {
        if (_counts is null)
        {
            for (int i = 0; i < _sparseCount; i++)
            {
                target.CountBucket(_sparse![i], 1);
            }

            return;
        }

        int first = Array.FindIndex(_counts, c => c != 0);
        int last = Array.FindLastIndex(_counts, c => c != 0);
        target.Cover(_countsStart + first, _countsStart + last);
        var into = target._counts.AsSpan(_countsStart + first - target._countsStart);
        for (int i = first; i <= last; i++)
        {
            into[i - first] += _counts[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CountBucket(int bucket, long count)
    {
        int at = bucket - _countsStart;
        if (_counts is not null && (uint)at < (uint)_counts.Length)
        {
            _counts[at] += count;
        }
        else
        {
            CountOutsideRange(bucket, count);
        }
    }

    private void CountOutsideRange(int bucket, long count)
    {
        CountSparse();
        Cover(bucket, bucket);
        _counts![bucket - _countsStart] += count;
    }

    /// <summary>Makes the counted range include buckets <paramref name="low"/> to <paramref name="high"/>.</summary>
    private void Cover(int low, int high)
    {
        int start = low, end = high + 1;
        if (_counts is not null)
        {
            start = _countsStart;
            end = _countsStart + _counts.Length;
            if (low >= start && high < end)
            {
                return;
            }

            // It grows by half its length at least, on the side it grows: a sketch whose durations
            // spread step by step is copied a few times, not at every new chunk.
            int slack = Math.Max(Chunk, _counts.Length / 2);
            start = low < start ? Math.Min(low, start - slack) : start;
            end = high >= end ? Math.Max(high + 1, end + slack) : end;
        }

        start = Math.Max(0, start) / Chunk * Chunk;
        end = Math.Min(LatencyBuckets.Count, (end + Chunk - 1) / Chunk * Chunk);
        long[] counts = new long[end - start];
        _counts?.CopyTo(counts, _countsStart - start);
        _counts = counts;
        _countsStart = start;
    }

    private void ThrowIfFrozen()
    {
        if (_frozen)
        {
            throw new InvalidOperationException("This sketch is frozen (a closed second's): merge it into a sketch of your own instead.");
        }
    }
}
