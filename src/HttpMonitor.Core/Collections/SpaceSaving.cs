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
/// It runs for almost every client of every second, nearly always for a key it does not hold, so
/// it is laid out for taking counters over: the counts in <see cref="CountBuckets"/>, where the
/// counter taken over is the one that has held the smallest count the longest
/// (SpaceSavingReferenceTests), and a key index of short chains through the counters, with the
/// keys' hashes in an array of their own, so that a look-up touches a key only on a real match
/// and a key leaves the index without moving any other. The keys (clients' addresses, nearly
/// always) sit in one array, at a fixed place per counter: a key taken over is written without
/// first reading a buffer of its own from wherever the heap put it.
/// </remarks>
public sealed class SpaceSaving
{
    // A key up to this long (an IPv6 address with room to spare) sits in _keys; a longer one in a buffer of its counter's own.
    private const int InlineKeyBytes = 48;

    private readonly Counter[] _counters;
    private readonly byte[] _keys;          // per counter: InlineKeyBytes for its key
    private readonly ulong[] _hashes;       // per counter: its key's hash
    private readonly int[] _nextInChain;    // per counter: the next counter of its chain, plus one (0: none)
    private readonly int[] _chains;         // per hash bucket: its first counter, plus one (0: none)
    private readonly CountBuckets _counts;
    private int _count;

    public SpaceSaving(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _counters = new Counter[capacity];
        _keys = new byte[capacity * InlineKeyBytes];
        _hashes = new ulong[capacity];
        _nextInChain = new int[capacity];
        _counts = new CountBuckets(capacity);
        _chains = new int[(int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
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
        int id = Find(key, hash);
        if (id >= 0)
        {
            _counters[id].Errors += errors;
            Recount(id, _counts.CountOf(id) + count);
        }
        else if (_count < Capacity)
        {
            id = _count++;
            Set(id, key, errors, overestimate: 0);
            Index(id, hash);
            _counts.Add(id, count);
        }
        else
        {
            // The smallest counter is taken over: its count is the new key's over-estimate.
            IsExact = false;
            id = _counts.Smallest;
            long smallest = _counts.CountOf(id);
            Unindex(id);
            Set(id, key, errors, overestimate: smallest);
            Index(id, hash);
            Recount(id, smallest + count);
        }
    }

    /// <summary>The largest counts, largest first; ties by key order.</summary>
    /// <remarks>
    /// A selection of the best <paramref name="n"/>, not a sort of every counter: it runs at every
    /// window. It goes count by count, and once it holds <paramref name="n"/> it skips every count
    /// below its last: most counters share the few smallest counts. The buckets come from the back
    /// of a min-heap, where the larger counts are.
    /// </remarks>
    public IReadOnlyList<HeavyHitter> Top(int n)
    {
        var best = new List<Slot>(n + 1);
        int Compare(Slot a, Slot b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : KeyOrder(KeyOf(a.Id), KeyOf(b.Id));
        for (int bucket = _counts.Buckets - 1; bucket >= 0; bucket--)
        {
            long count = _counts.CountAt(bucket);
            if (best.Count == n && count < best[^1].Count)
            {
                continue;
            }

            for (int id = _counts.FirstAt(bucket); id >= 0; id = _counts.After(id))
            {
                var c = new Slot(count, id);
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
        }

        return best.ConvertAll(s =>
        {
            ref var c = ref _counters[s.Id];
            return new HeavyHitter(Encoding.UTF8.GetString(KeyOf(s.Id)), s.Count, c.Errors, c.Overestimate);
        });
    }

    public void Clear()
    {
        Array.Clear(_chains); // the counters keep their long keys' buffers for the next keys
        _counts.Clear();
        _count = 0;
        IsExact = true;
    }

    /// <summary>The keys' order as strings (ordinal): byte order when both are ASCII, as they almost always are.</summary>
    private static int KeyOrder(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        Ascii.IsValid(a) && Ascii.IsValid(b)
            ? a.SequenceCompareTo(b)
            : string.CompareOrdinal(Encoding.UTF8.GetString(a), Encoding.UTF8.GetString(b));

    /// <summary>The counter of <paramref name="key"/>, or -1.</summary>
    private int Find(ReadOnlySpan<byte> key, ulong hash)
    {
        for (int next = _chains[ChainOf(hash)]; next != 0; next = _nextInChain[next - 1])
        {
            int id = next - 1;
            if (_hashes[id] == hash && key.SequenceEqual(KeyOf(id)))
            {
                return id;
            }
        }

        return -1;
    }

    /// <summary>Puts a counter, with its key's hash, first in its chain.</summary>
    private void Index(int id, ulong hash)
    {
        int chain = ChainOf(hash);
        _hashes[id] = hash;
        _nextInChain[id] = _chains[chain];
        _chains[chain] = id + 1;
    }

    /// <summary>Takes a counter out of its chain.</summary>
    private void Unindex(int id)
    {
        ref int link = ref _chains[ChainOf(_hashes[id])];
        while (link != id + 1)
        {
            link = ref _nextInChain[link - 1];
        }

        link = _nextInChain[id];
    }

    private int ChainOf(ulong hash) => (int)(hash >> 32) & (_chains.Length - 1);

    /// <summary>Moves a counter to its new count, last among the counters of that count.</summary>
    private void Recount(int id, long count)
    {
        _counts.Remove(id);
        _counts.Add(id, count);
    }

    /// <summary>A counter's count and which counter it is, as <see cref="Top"/> ranks them.</summary>
    private record struct Slot(long Count, int Id);

    /// <summary>The key of counter <paramref name="id"/>.</summary>
    private ReadOnlySpan<byte> KeyOf(int id)
    {
        ref readonly var c = ref _counters[id];
        return c.KeyLength <= InlineKeyBytes ? _keys.AsSpan(id * InlineKeyBytes, c.KeyLength) : c.LongKey.Span;
    }

    /// <summary>A new key for counter <paramref name="id"/>: copied into its place in <see cref="_keys"/>, or its own buffer when longer.</summary>
    private void Set(int id, ReadOnlySpan<byte> key, long errors, long overestimate)
    {
        ref var c = ref _counters[id];
        if (key.Length <= InlineKeyBytes)
        {
            key.CopyTo(_keys.AsSpan(id * InlineKeyBytes, InlineKeyBytes));
        }
        else
        {
            c.LongKey.Set(key);
        }

        c.KeyLength = key.Length;
        c.Errors = errors;
        c.Overestimate = overestimate;
    }

    /// <summary>A counter's errors, over-estimate and key length; the key is in <see cref="_keys"/> up to <see cref="InlineKeyBytes"/>, else in <see cref="LongKey"/>.</summary>
    private struct Counter
    {
        public long Errors;
        public long Overestimate;
        public int KeyLength;
        public Utf8Copy LongKey;
    }
}
