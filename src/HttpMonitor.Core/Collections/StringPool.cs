using System.Text;

namespace HttpMonitor.Core.Collections;

/// <summary>
/// Turns UTF-8 bytes into strings, reusing the string made last time for the same bytes.
/// </summary>
/// <remarks>
/// Sections, paths and clients repeat on almost every line; a small direct-mapped cache
/// avoids allocating them again. Its size is fixed, so a flood of distinct values only
/// evicts entries: memory stays bounded whatever the log holds.
/// </remarks>
internal sealed class StringPool
{
    private const int Slots = 4096; // a power of two
    private const int MaxCachedLength = 256;

    // Each slot's key in a buffer reused by the next key that fits it: a flood of distinct values allocates only its strings.
    private readonly Utf8Copy[] _keys = new Utf8Copy[Slots];
    private readonly string?[] _values = new string[Slots];

    // Each slot's key's hash, compared first: a key that is not there is told without reading the
    // slot's buffer, a cache miss on a log of many distinct paths (StringPool.Get was 13% of a
    // parallel replay of bench's high-cardinality log, most of it that one load).
    private readonly ulong[] _hashes = new ulong[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        ulong hash = Utf8Hash.Of(utf8);
        int slot = Utf8Hash.Home(hash, Slots - 1);
        ref var key = ref _keys[slot];
        if (_hashes[slot] == hash && key.HasValue && utf8.SequenceEqual(key.Span))
        {
            return _values[slot]!;
        }

        string value = Encoding.UTF8.GetString(utf8);
        key.Set(utf8);
        _hashes[slot] = hash;
        _values[slot] = value;
        return value;
    }
}
