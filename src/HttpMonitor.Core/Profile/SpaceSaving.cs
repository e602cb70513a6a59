namespace HttpMonitor.Core.Profile;

/// <summary>A key's estimated count: exact when <see cref="Overestimate"/> is 0.</summary>
public sealed record HeavyHitter<TKey>(TKey Key, long Count, long Errors, long Overestimate);

/// <summary>
/// The Space-Saving heavy-hitters sketch (Metwally et al.): at most <see cref="Capacity"/> counters
/// whatever the number of distinct keys. While the keys fit, the counts are exact; past that a new
/// key takes over the smallest counter, so a key's count is over-estimated by at most the smallest
/// count, and every key more frequent than total/capacity is kept.
/// </summary>
/// <remarks>Counters sit in a min-heap indexed by key: O(log capacity) per update.</remarks>
public sealed class SpaceSaving<TKey>(int capacity) where TKey : notnull
{
    // Counters are nodes that know their heap slot: moving one in the heap touches no hash table.
    private readonly Dictionary<TKey, Counter> _byKey = [];
    private readonly Counter[] _heap = new Counter[capacity];
    private int _count;

    public int Capacity => capacity;

    /// <summary>Whether no counter was ever taken over: then every count is exact.</summary>
    public bool IsExact { get; private set; } = true;

    public int Count => _count;

    public void Add(TKey key, long count = 1, long errors = 0)
    {
        if (_byKey.TryGetValue(key, out var counter))
        {
            counter.Count += count;
            counter.Errors += errors;
            SiftDown(counter.Slot);
        }
        else if (_count < capacity)
        {
            counter = new Counter(key) { Count = count, Errors = errors, Slot = _count };
            _heap[_count] = counter;
            _byKey[key] = counter;
            SiftUp(_count++);
        }
        else
        {
            // The smallest counter is taken over: its count is the new key's over-estimate.
            IsExact = false;
            counter = _heap[0];
            _byKey.Remove(counter.Key);
            counter.Overestimate = counter.Count;
            counter.Key = key;
            counter.Count += count;
            counter.Errors = errors;
            _byKey[key] = counter;
            SiftDown(0);
        }
    }

    /// <summary>The largest counts, largest first; ties by key order.</summary>
    /// <remarks>A selection of the best <paramref name="n"/>, not a sort of every counter: it runs at every window.</remarks>
    public IReadOnlyList<HeavyHitter<TKey>> Top(int n, IComparer<TKey> keyOrder)
    {
        var best = new List<Counter>(n + 1);
        int Compare(Counter a, Counter b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : keyOrder.Compare(a.Key, b.Key);
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

        return best.ConvertAll(c => new HeavyHitter<TKey>(c.Key, c.Count, c.Errors, c.Overestimate));
    }

    public void Clear()
    {
        _byKey.Clear();
        Array.Clear(_heap, 0, _count);
        _count = 0;
        IsExact = true;
    }

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (_heap[parent].Count <= _heap[i].Count)
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            int left = (2 * i) + 1, smallest = i;
            if (left < _count && _heap[left].Count < _heap[smallest].Count)
            {
                smallest = left;
            }

            if (left + 1 < _count && _heap[left + 1].Count < _heap[smallest].Count)
            {
                smallest = left + 1;
            }

            if (smallest == i)
            {
                return;
            }

            Swap(i, smallest);
            i = smallest;
        }
    }

    private void Swap(int a, int b)
    {
        (_heap[a], _heap[b]) = (_heap[b], _heap[a]);
        _heap[a].Slot = a;
        _heap[b].Slot = b;
    }

    private sealed class Counter(TKey key)
    {
        public TKey Key = key;
        public long Count;
        public long Errors;
        public long Overestimate;
        public int Slot;
    }
}
