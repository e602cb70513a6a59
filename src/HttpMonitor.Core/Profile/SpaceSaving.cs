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
    private readonly Dictionary<TKey, int> _position = [];
    private readonly Counter[] _heap = new Counter[capacity];
    private int _count;

    public int Capacity => capacity;

    /// <summary>Whether no counter was ever taken over: then every count is exact.</summary>
    public bool IsExact { get; private set; } = true;

    public int Count => _count;

    public void Add(TKey key, long count = 1, long errors = 0)
    {
        if (_position.TryGetValue(key, out int at))
        {
            _heap[at].Count += count;
            _heap[at].Errors += errors;
            SiftDown(at);
        }
        else if (_count < capacity)
        {
            _heap[_count] = new Counter(key, count, errors, 0);
            _position[key] = _count;
            SiftUp(_count++);
        }
        else
        {
            IsExact = false;
            var smallest = _heap[0];
            _position.Remove(smallest.Key);
            _heap[0] = new Counter(key, smallest.Count + count, errors, smallest.Count);
            _position[key] = 0;
            SiftDown(0);
        }
    }

    /// <summary>The largest counts, largest first; ties by key order.</summary>
    public IReadOnlyList<HeavyHitter<TKey>> Top(int n, IComparer<TKey> keyOrder) =>
        _heap.Take(_count)
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Key, keyOrder)
            .Take(n)
            .Select(c => new HeavyHitter<TKey>(c.Key, c.Count, c.Errors, c.Overestimate))
            .ToList();

    public void Clear()
    {
        _position.Clear();
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
        _position[_heap[a].Key] = a;
        _position[_heap[b].Key] = b;
    }

    private record struct Counter(TKey Key, long Count, long Errors, long Overestimate);
}
