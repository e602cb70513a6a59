using HttpMonitor.Core.Parsing;
using System.Text;
using System.Numerics;

namespace HttpMonitor.Core.Profile;

/// <summary>A key's estimated count: exact when <see cref="Overestimate"/> is 0.</summary>
public sealed record HeavyHitter(string Key, long Count, long Errors, long Overestimate);

/// <summary>
/// The Space-Saving heavy-hitters sketch (Metwally et al.): at most <see cref="Capacity"/> counters
/// whatever the number of distinct keys. While the keys fit, the counts are exact; past that a new
/// key takes over the smallest counter, so a key's count is over-estimated by at most the smallest
/// count, and every key more frequent than total/capacity is kept.
/// </summary>
/// <remarks>
/// It runs for almost every client of every second, so it is built for that: counters in one
/// array, a min-heap of (count, counter) slots that sifts by moving a hole (one write per level),
/// and its own key index, which keeps each key's hash so that a taken-over key is removed without
/// hashing it again. The heap's order, and so which counter is taken over, is the textbook one.
/// </remarks>
public sealed class SpaceSaving
{
    private readonly Counter[] _counters;
    private readonly Slot[] _heap;
    private readonly int[] _index; // counter + 1 by hash, linear probing; 0 is empty
    private int _count;

    public SpaceSaving(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _counters = new Counter[capacity];
        _heap = new Slot[capacity];
        _index = new int[(int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
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
            int slot = _counters[id].Slot;
            _heap[slot].Count += count;
            SiftDown(slot);
        }
        else if (_count < Capacity)
        {
            id = _count++;
            _counters[id].Errors = errors;
            _counters[id].Overestimate = 0;
            _counters[id].SetKey(key, hash);
            _index[bucket] = id + 1;
            SiftUp(id, new Slot(count, id));
        }
        else
        {
            // The smallest counter is taken over: its count is the new key's over-estimate.
            IsExact = false;
            id = _heap[0].Id;
            Unindex(id);
            Find(key, hash, out bucket); // the removal may have moved the free bucket
            _index[bucket] = id + 1;
            ref var counter = ref _counters[id];
            counter.Overestimate = _heap[0].Count;
            counter.SetKey(key, hash);
            counter.Errors = errors;
            _heap[0].Count += count;
            SiftDown(0);
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
            var c = _heap[i];
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
        for (bucket = Utf8Hash.Home(hash, mask); _index[bucket] != 0; bucket = (bucket + 1) & mask)
        {
            int id = _index[bucket] - 1;
            if (_counters[id].Hash == hash && key.SequenceEqual(_counters[id].Key))
            {
                return id;
            }
        }

        return -1;
    }

    /// <summary>Removes a counter's key from the index, shifting back the keys probed past it.</summary>
    private void Unindex(int id)
    {
        int mask = _index.Length - 1;
        int hole = Utf8Hash.Home(_counters[id].Hash, mask);
        while (_index[hole] != id + 1)
        {
            hole = (hole + 1) & mask;
        }

        for (int next = (hole + 1) & mask; _index[next] != 0; next = (next + 1) & mask)
        {
            int home = Utf8Hash.Home(_counters[_index[next] - 1].Hash, mask);
            bool movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (movable)
            {
                _index[hole] = _index[next];
                hole = next;
            }
        }

        _index[hole] = 0;
    }

    /// <summary>Places <paramref name="moving"/> from slot <paramref name="i"/> up, past larger parents.</summary>
    private void SiftUp(int i, Slot moving)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (_heap[parent].Count <= moving.Count)
            {
                break;
            }

            Put(i, _heap[parent]);
            i = parent;
        }

        Put(i, moving);
    }

    private void SiftDown(int i)
    {
        var moving = _heap[i];
        while (true)
        {
            int left = (2 * i) + 1, smallest = -1;
            long least = moving.Count;
            if (left < _count && _heap[left].Count < least)
            {
                smallest = left;
                least = _heap[left].Count;
            }

            if (left + 1 < _count && _heap[left + 1].Count < least)
            {
                smallest = left + 1;
            }

            if (smallest < 0)
            {
                break;
            }

            Put(i, _heap[smallest]);
            i = smallest;
        }

        Put(i, moving);
    }

    private void Put(int slot, Slot value)
    {
        _heap[slot] = value;
        _counters[value.Id].Slot = slot;
    }

    /// <summary>A heap slot: a counter's count and where the rest of it is.</summary>
    private record struct Slot(long Count, int Id);

    private struct Counter
    {
        public ulong Hash;
        public int Slot;
        public long Errors;
        public long Overestimate;
        private byte[]? _key;
        private int _keyLength;

        public readonly ReadOnlySpan<byte> Key => _key.AsSpan(0, _keyLength);

        /// <summary>Copies the key into the counter's own buffer, which grows only for a longer key.</summary>
        public void SetKey(ReadOnlySpan<byte> key, ulong hash)
        {
            if (_key is null || _key.Length < key.Length)
            {
                _key = new byte[Math.Max(key.Length, 48)];
            }

            key.CopyTo(_key);
            _keyLength = key.Length;
            Hash = hash;
        }
    }
}
