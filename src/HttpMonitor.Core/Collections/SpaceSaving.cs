using System.Numerics;
using System.Text;

namespace HttpMonitor.Core.Collections;

/// <summary>A key's estimated count: exact when <see cref="Overestimate"/> is 0.</summary>
public sealed record HeavyHitter(string Key, long Count, long Errors, long Overestimate);

/// <summary>
/// The Space-Saving heavy-hitters sketch (Metwally et al.): at most <see cref="Capacity"/> counters
/// whatever the number of distinct keys. While the keys fit, the counts are exact; past that a new
/// key takes over the smallest counter, so a key's count is over-estimated by at most the smallest
/// count, and every key more frequent than total/capacity is kept.
/// </summary>
/// <remarks>
/// It runs for almost every client of every second, so it is laid out for that: the counts in
/// <see cref="CountBuckets"/>, where the counter taken over is the one that has held the smallest
/// count the longest (SpaceSavingReferenceTests), and a key index whose buckets hold the hash's
/// high half, so that probing and removing touch the counters only on a real match.
/// </remarks>
public sealed class SpaceSaving
{
    private readonly Counter[] _counters;
    private readonly CountBuckets _counts;
    private readonly Bucket[] _index;  // linear probing, at most a quarter full
    private int _count;

    public SpaceSaving(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _counters = new Counter[capacity];
        _counts = new CountBuckets(capacity);
        _index = new Bucket[(int)BitOperations.RoundUpToPowerOf2((uint)capacity * 4)];
    }

    public int Capacity { get; }

    /// <summary>Whether no counter was ever taken over: then every count is exact.</summary>
    public bool IsExact { get; private set; } = true;

    public int Count => _count;

    public void Add(string key, long count = 1, long errors = 0)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(key);
        Add(utf8, Utf8Hash.Of(utf8), count, errors);
    }

    /// <summary>Adds to the key given as UTF-8 with its <see cref="Utf8Hash"/>.</summary>
    internal void Add(ReadOnlySpan<byte> key, ulong hash, long count, long errors)
    {
        int id = Find(key, hash, out int bucket);
        if (id >= 0)
        {
            _counters[id].Errors += errors;
            Recount(id, _counts.CountOf(id) + count);
        }
        else if (_count < Capacity)
        {
            id = _count++;
            _counters[id].Set(key, hash, errors, overestimate: 0);
            _index[bucket] = new Bucket(id, hash);
            _counts.Add(id, count);
        }
        else
        {
            // The smallest counter is taken over: its count is the new key's over-estimate.
            IsExact = false;
            id = _counts.Smallest;
            long smallest = _counts.CountOf(id);
            Unindex(id);
            Find(key, hash, out bucket); // the removal may have moved the free bucket
            _index[bucket] = new Bucket(id, hash);
            _counters[id].Set(key, hash, errors, overestimate: smallest);
            Recount(id, smallest + count);
        }
    }

    /// <summary>The largest counts, largest first; ties by key order.</summary>
    /// <remarks>A selection of the best <paramref name="n"/>, not a sort of every counter: it runs at every window.</remarks>
    public IReadOnlyList<HeavyHitter> Top(int n)
    {
        var best = new List<Slot>(n + 1);
        int Compare(Slot a, Slot b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : KeyOrder(_counters[a.Id].Key, _counters[b.Id].Key);
        for (int i = 0; i < _count; i++)
        {
            var c = new Slot(_counts.CountOf(i), i);
            if (best.Count == n && Compare(c, best[^1]) >= 0)
            {
                continue;
            }

            int at = best.Count;
            while (at > 0 && Compare(c, best[at - 1]) < 0)
            {
                at--;
            }

            best.Insert(at, c);
            if (best.Count > n)
            {
                best.RemoveAt(n);
            }
        }

        return best.ConvertAll(s =>
        {
            ref var c = ref _counters[s.Id];
            return new HeavyHitter(Encoding.UTF8.GetString(c.Key), s.Count, c.Errors, c.Overestimate);
        });
    }

    public void Clear()
    {
        Array.Clear(_index); // the counters keep their key buffers for the next keys
        _counts.Clear();
        _count = 0;
        IsExact = true;
    }

    /// <summary>The keys' order as strings (ordinal): byte order when both are ASCII, as they almost always are.</summary>
    private static int KeyOrder(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        Ascii.IsValid(a) && Ascii.IsValid(b)
            ? a.SequenceCompareTo(b)
            : string.CompareOrdinal(Encoding.UTF8.GetString(a), Encoding.UTF8.GetString(b));

    /// <summary>The counter of <paramref name="key"/>, or -1 with the free bucket where it would go.</summary>
    private int Find(ReadOnlySpan<byte> key, ulong hash, out int bucket)
    {
        int mask = _index.Length - 1;
        uint high = (uint)(hash >> 32);
        for (bucket = (int)high & mask; _index[bucket].IsUsed; bucket = (bucket + 1) & mask)
        {
            if (_index[bucket].High == high)
            {
                int id = _index[bucket].Id;
                if (_counters[id].Hash == hash && key.SequenceEqual(_counters[id].Key))
                {
                    return id;
                }
            }
        }

        return -1;
    }

    /// <summary>Removes a counter's key from the index, shifting back the keys probed past it.</summary>
    private void Unindex(int id)
    {
        int mask = _index.Length - 1;
        int hole = (int)(_counters[id].Hash >> 32) & mask;
        while (_index[hole].Id != id || !_index[hole].IsUsed)
        {
            hole = (hole + 1) & mask;
        }

        for (int next = (hole + 1) & mask; _index[next].IsUsed; next = (next + 1) & mask)
        {
            int home = (int)_index[next].High & mask;
            bool movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (movable)
            {
                _index[hole] = _index[next];
                hole = next;
            }
        }

        _index[hole] = default;
    }

    /// <summary>Moves a counter to its new count, last among the counters of that count.</summary>
    private void Recount(int id, long count)
    {
        _counts.Remove(id);
        _counts.Add(id, count);
    }

    /// <summary>A counter's count and which counter it is, as <see cref="Top"/> ranks them.</summary>
    private record struct Slot(long Count, int Id);

    /// <summary>An index entry: a counter and the high half of its key's hash (where it belongs).</summary>
    private readonly struct Bucket(int id, ulong hash)
    {
        private readonly int _idPlusOne = id + 1; // 0: empty

        public uint High { get; } = (uint)(hash >> 32);

        public bool IsUsed => _idPlusOne != 0;

        public int Id => _idPlusOne - 1;
    }

    private struct Counter
    {
        public ulong Hash;
        public long Errors;
        public long Overestimate;
        private Utf8Copy _key;

        public readonly ReadOnlySpan<byte> Key => _key.Span;

        /// <summary>A new key for the counter, copied into its own buffer (see <see cref="Utf8Copy"/>).</summary>
        public void Set(ReadOnlySpan<byte> key, ulong hash, long errors, long overestimate)
        {
            _key.Set(key);
            Hash = hash;
            Errors = errors;
            Overestimate = overestimate;
        }
    }
}
