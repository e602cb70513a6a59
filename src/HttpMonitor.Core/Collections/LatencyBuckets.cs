using System.Numerics;
using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Collections;

/// <summary>
/// The buckets of <see cref="LatencySketch"/>: consecutive ranges of whole microseconds, each with
/// one value that stands for every duration in it within 1% (relative error α = 0.01).
/// </summary>
/// <remarks>
/// DDSketch's log buckets (ratio γ = (1+α)/(1-α) ≈ 1.0202 between bucket ends), but cut in integer
/// arithmetic, so that the 1% bound holds exactly and no floating-point rounding at a boundary can
/// put a value into the wrong bucket: a bucket starting at <c>lo</c> is represented by
/// <c>r = ⌊1.01·lo⌋</c> and ends at <c>hi = ⌊r/0.99⌋</c>, so <c>r ≤ 1.01·lo</c> and
/// <c>r ≥ 0.99·hi</c>. Below 50 µs every bucket is one value (exact); 0 has a bucket of its own.
/// 968 buckets cover 0 .. 1 hour, 2,051 all of <see cref="long"/>.
/// </remarks>
internal static class LatencyBuckets
{
    /// <summary>Values below 2^(SubBits+1) index the slot table directly; above, their top SubBits+1 bits do.</summary>
    private const int SubBits = 6;
    private const int Direct = 2 << SubBits;

    private static readonly long[] Ends;            // bucket -> its last value (its highest)
    private static readonly long[] Representatives; // bucket -> the value reported for it
    private static readonly ushort[] FirstOfSlot;  // slot (a value's top bits) -> the bucket of the slot's first value

    static LatencyBuckets()
    {
        var ends = new List<long> { 0 };
        var representatives = new List<long> { 0 };
        for (Int128 lo = 1; lo <= long.MaxValue;)
        {
            Int128 representative = Int128.Min(lo * 101 / 100, long.MaxValue);
            Int128 hi = Int128.Min(representative * 100 / 99, long.MaxValue);
            ends.Add((long)hi);
            representatives.Add((long)representative);
            lo = hi + 1;
        }

        Ends = [.. ends];
        Representatives = [.. representatives];
        FirstOfSlot = new ushort[SlotOf(long.MaxValue) + 1];
        int bucket = 0;
        for (int slot = 0; slot < FirstOfSlot.Length; slot++)
        {
            long first = FirstValueOf(slot);
            while (Ends[bucket] < first)
            {
                bucket++;
            }

            FirstOfSlot[slot] = (ushort)bucket;
        }
    }

    public static int Count => Ends.Length;

    /// <summary>The bucket of a duration of <paramref name="micros"/> (≥ 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(long micros)
    {
        // A slot spans less than a bucket's width (1/64 of its value against 2%), so the value's
        // bucket is the slot's first bucket or the next few: one comparison, almost always.
        int bucket = FirstOfSlot[SlotOf(micros)];
        while (micros > Ends[bucket])
        {
            bucket++;
        }

        return bucket;
    }

    /// <summary>The value reported for every duration in <paramref name="bucket"/>: within 1% of each.</summary>
    public static long Representative(int bucket) => Representatives[bucket];

    public static long Lowest(int bucket) => bucket == 0 ? 0 : Ends[bucket - 1] + 1;

    public static long Highest(int bucket) => Ends[bucket];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(long micros)
    {
        if (micros < Direct)
        {
            return (int)micros;
        }

        int log2 = BitOperations.Log2((ulong)micros);
        int topBits = (int)(micros >> (log2 - SubBits)) & ((1 << SubBits) - 1);
        return Direct + ((log2 - SubBits - 1) << SubBits) + topBits;
    }

    private static long FirstValueOf(int slot)
    {
        if (slot < Direct)
        {
            return slot;
        }

        int log2 = ((slot - Direct) >> SubBits) + SubBits + 1;
        long topBits = (slot - Direct) & ((1 << SubBits) - 1);
        return (1L << log2) + (topBits << (log2 - SubBits));
    }
}
