using System.Runtime.CompilerServices;
using System.Text;

namespace HttpMonitor.Core.Collections;

/// <summary>
/// A hash table keyed by UTF-8 bytes, for tallies that live one second: a line's field finds its
/// tally without becoming a string. Keys are copied once into one byte arena; entries keep the
/// order they were first seen in.
/// </summary>
/// <remarks>
/// Open addressing with linear probing over a power-of-two bucket array. <see cref="Clear"/>
/// costs the number of entries, not the table's size, and keeps every array for the next second.
/// </remarks>
/// <param name="capacity">Distinct keys kept; past them a new key counts as <paramref name="overflow"/>,
/// so that a flood of distinct values cannot exhaust memory.</param>
/// <param name="overflow">The key that stands for every key past the capacity, such as "(other)".</param>
internal sealed class Utf8Table<TValue>(int capacity = int.MaxValue, string overflow = "") where TValue : struct
{
    private readonly byte[] _overflow = Encoding.UTF8.GetBytes(overflow);
    private int[] _buckets = new int[64];    // entry index + 1; 0 is empty
    private Entry[] _entries = new Entry[32];
    private byte[] _keys = new byte[1024];
    private int _keysUsed;

    public int Count { get; private set; }

    /// <summary>The index of the overflow key's entry (the one past the capacity), or -1 while every key fits.</summary>
    public int OverflowIndex => Count > capacity ? capacity : -1;

    /// <summary>The value of <paramref name="key"/>, added as default if absent (or the overflow key's, past the capacity).</summary>
    [MethodImpl(HotPath.PerLine)]
    public ref TValue GetOrAdd(ReadOnlySpan<byte> key)
    {
        ulong hash = Utf8Hash.Of(key);
        int at = Find(key, hash, out int bucket);
        if (at >= 0)
        {
            return ref _entries[at].Value;
        }

        return ref Count < capacity ? ref Add(key, hash, bucket) : ref Overflow();
    }

    /// <summary>Whether <paramref name="key"/> has an entry.</summary>
    public bool Contains(ReadOnlySpan<byte> key) => Find(key, Utf8Hash.Of(key), out _) >= 0;

    /// <summary>The key of the entry at <paramref name="index"/>, in first-seen order.</summary>
    public ReadOnlySpan<byte> KeyAt(int index)
    {
        ref var entry = ref _entries[index];
        return _keys.AsSpan(entry.KeyStart, entry.KeyLength);
    }

    /// <summary>Where the key at <paramref name="index"/> sits in <see cref="Keys"/>.</summary>
    public (int Start, int Length) KeyRangeAt(int index) => (_entries[index].KeyStart, _entries[index].KeyLength);

    /// <summary>Every key, one after another in first-seen order.</summary>
    public ReadOnlySpan<byte> Keys => _keys.AsSpan(0, _keysUsed);

    public ref TValue ValueAt(int index) => ref _entries[index].Value;

    /// <summary>The <see cref="Utf8Hash"/> of the key at <paramref name="index"/>.</summary>
    public ulong HashAt(int index) => _entries[index].Hash;

    public void Clear()
    {
        for (int i = 0; i < Count; i++)
        {
            _buckets[_entries[i].Bucket] = 0;
            _entries[i] = default;
        }

        Count = 0;
        _keysUsed = 0;
    }

    /// <summary>The overflow key's value, added once the capacity is reached (so the table holds one key more).</summary>
    /// <remarks>Once added it is the entry at the capacity, found without a look-up: a flood of distinct keys comes here for each.</remarks>
    private ref TValue Overflow()
    {
        if (OverflowIndex >= 0)
        {
            return ref _entries[OverflowIndex].Value;
        }

        ulong hash = Utf8Hash.Of(_overflow);
        int at = Find(_overflow, hash, out int bucket);
        return ref at >= 0 ? ref _entries[at].Value : ref Add(_overflow, hash, bucket);
    }

    /// <summary>The entry of <paramref name="key"/>, or -1 with the empty bucket where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<byte> key, ulong hash, out int bucket)
    {
        int mask = _buckets.Length - 1;
        for (bucket = Utf8Hash.Home(hash, mask); _buckets[bucket] != 0; bucket = (bucket + 1) & mask)
        {
            ref var entry = ref _entries[_buckets[bucket] - 1];
            if (entry.Hash == hash && key.SequenceEqual(_keys.AsSpan(entry.KeyStart, entry.KeyLength)))
            {
                return _buckets[bucket] - 1;
            }
        }

        return -1;
    }

    private ref TValue Add(ReadOnlySpan<byte> key, ulong hash, int bucket)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, Count * 2);
        }

        if (_keysUsed + key.Length > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keysUsed + key.Length));
        }

        key.CopyTo(_keys.AsSpan(_keysUsed));
        _entries[Count] = new Entry { Hash = hash, KeyStart = _keysUsed, KeyLength = key.Length, Bucket = bucket };
        _buckets[bucket] = Count + 1;
        _keysUsed += key.Length;
        int added = Count++;
        if (Count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return ref _entries[added].Value;
    }

    /// <summary>Keeps the table at most half full: probes stay short.</summary>
    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        int mask = _buckets.Length - 1;
        for (int i = 0; i < Count; i++)
        {
            int b = Utf8Hash.Home(_entries[i].Hash, mask);
            while (_buckets[b] != 0)
            {
                b = (b + 1) & mask;
            }

            _buckets[b] = i + 1;
            _entries[i].Bucket = b;
        }
    }

    private struct Entry
    {
        public ulong Hash;
        public int KeyStart;
        public int KeyLength;
        public int Bucket;
        public TValue Value;
    }
}
