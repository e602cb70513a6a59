namespace HttpMonitor.Core.Collections;

/// <summary>
/// The counters of a <see cref="SpaceSaving"/> sketch grouped by count (Metwally's Stream-Summary):
/// one bucket per distinct count, its counters first in, first out, and the buckets in a min-heap
/// by count. A counter's count changes in constant time plus a heap step only when a count appears
/// or disappears, and the counter to take over, the one that has held the smallest count the
/// longest, is at hand: a heap of counters would sift through about ten levels at every new key.
/// </summary>
internal sealed class CountBuckets
{
    private const int None = -1;
    private const long Freed = long.MinValue; // the count of a bucket in the pool: no count is negative
    private const int RecentSlots = 16;

    // Per counter: its bucket and its neighbours in the bucket's list.
    private readonly int[] _bucketOf;
    private readonly int[] _next;
    private readonly int[] _prev;

    // Per bucket (a pool: at most one per counter): its count, its list, its place in the heap.
    private readonly long[] _count;
    private readonly int[] _head;
    private readonly int[] _tail;
    private readonly int[] _heapSlot;
    private readonly int[] _heap; // bucket ids, smallest count first
    private readonly Stack<int> _free;
    private readonly Dictionary<long, int> _byCount;

    // The bucket last found for a count, by the count's low bits, plus one: a counter taken over
    // nearly always moves to the count the one before it moved to (the smallest, plus a second's
    // hits), and finding it here spares a look-up in the dictionary.
    private readonly int[] _recent = new int[RecentSlots];
    private int _heapSize;

    public CountBuckets(int counters)
    {
        _bucketOf = new int[counters];
        _next = new int[counters];
        _prev = new int[counters];
        _count = new long[counters];
        _head = new int[counters];
        _tail = new int[counters];
        _heapSlot = new int[counters];
        _heap = new int[counters];
        _free = new Stack<int>(Enumerable.Range(0, counters).Reverse());
        _byCount = new Dictionary<long, int>(counters);
    }

    /// <summary>The counter that has held the smallest count the longest; there must be one.</summary>
    public int Smallest => _head[_heap[0]];

    public long CountOf(int counter) => _count[_bucketOf[counter]];

    /// <summary>How many distinct counts there are: the buckets, at 0 to this less one, in no order.</summary>
    public int Buckets => _heapSize;

    /// <summary>The count of the bucket at <paramref name="at"/> (below <see cref="Buckets"/>).</summary>
    public long CountAt(int at) => _count[_heap[at]];

    /// <summary>The first counter of the bucket at <paramref name="at"/>; <see cref="After"/> gives the rest.</summary>
    public int FirstAt(int at) => _head[_heap[at]];

    /// <summary>The counter after <paramref name="counter"/> in its bucket, or -1.</summary>
    public int After(int counter) => _next[counter];

    /// <summary>Puts <paramref name="counter"/> (in no bucket) last in the bucket of <paramref name="count"/>.</summary>
    public void Add(int counter, long count)
    {
        int bucket = _recent[(int)count & (RecentSlots - 1)] - 1;
        if (bucket < 0 || _count[bucket] != count)
        {
            bucket = Find(count);
        }

        int tail = _tail[bucket];
        _prev[counter] = tail;
        _next[counter] = None;
        if (tail == None)
        {
            _head[bucket] = counter;
        }
        else
        {
            _next[tail] = counter;
        }

        _tail[bucket] = counter;
        _bucketOf[counter] = bucket;
    }

    /// <summary>Takes <paramref name="counter"/> out of its bucket, and the bucket away when it empties.</summary>
    public void Remove(int counter)
    {
        int bucket = _bucketOf[counter], prev = _prev[counter], next = _next[counter];
        if (prev == None)
        {
            _head[bucket] = next;
        }
        else
        {
            _next[prev] = next;
        }

        if (next == None)
        {
            _tail[bucket] = prev;
        }
        else
        {
            _prev[next] = prev;
        }

        if (_head[bucket] == None)
        {
            _byCount.Remove(_count[bucket]);
            RemoveFromHeap(_heapSlot[bucket]);
            _count[bucket] = Freed;
            _free.Push(bucket);
        }
    }

    public void Clear()
    {
        while (_heapSize > 0)
        {
            int bucket = _heap[--_heapSize];
            _count[bucket] = Freed;
            _free.Push(bucket);
        }

        _byCount.Clear();
    }

    /// <summary>The bucket of <paramref name="count"/>, made if there is none, and remembered.</summary>
    private int Find(long count)
    {
        if (!_byCount.TryGetValue(count, out int bucket))
        {
            bucket = NewBucket(count);
        }

        _recent[(int)count & (RecentSlots - 1)] = bucket + 1;
        return bucket;
    }

    private int NewBucket(long count)
    {
        int bucket = _free.Pop();
        _count[bucket] = count;
        _head[bucket] = _tail[bucket] = None;
        _byCount.Add(count, bucket);
        SiftUp(_heapSize++, bucket);
        return bucket;
    }

    private void RemoveFromHeap(int slot)
    {
        int last = _heap[--_heapSize];
        if (slot == _heapSize)
        {
            return;
        }

        // The last bucket fills the hole: up if it is smaller than the hole's parent, else down.
        if (slot > 0 && _count[last] < _count[_heap[(slot - 1) / 2]])
        {
            SiftUp(slot, last);
        }
        else
        {
            SiftDown(slot, last);
        }
    }

    private void SiftUp(int slot, int bucket)
    {
        while (slot > 0 && _count[_heap[(slot - 1) / 2]] > _count[bucket])
        {
            Place(slot, _heap[(slot - 1) / 2]);
            slot = (slot - 1) / 2;
        }

        Place(slot, bucket);
    }

    private void SiftDown(int slot, int bucket)
    {
        while (true)
        {
            int child = (2 * slot) + 1;
            if (child >= _heapSize)
            {
                break;
            }

            if (child + 1 < _heapSize && _count[_heap[child + 1]] < _count[_heap[child]])
            {
                child++;
            }

            if (_count[_heap[child]] >= _count[bucket])
            {
                break;
            }

            Place(slot, _heap[child]);
            slot = child;
        }

        Place(slot, bucket);
    }

    private void Place(int slot, int bucket)
    {
        _heap[slot] = bucket;
        _heapSlot[bucket] = slot;
    }
}
