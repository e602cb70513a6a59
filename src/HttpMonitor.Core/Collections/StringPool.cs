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

    private readonly byte[]?[] _keys = new byte[Slots][]; // each slot's buffer, reused by the next key that fits it
    private readonly int[] _lengths = new int[Slots];
    private readonly string?[] _values = new string[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        int slot = Utf8Hash.Home(Utf8Hash.Of(utf8), Slots - 1);
        var key = _keys[slot];
        if (key is not null && utf8.SequenceEqual(key.AsSpan(0, _lengths[slot])))
        {
            return _values[slot]!;
        }

        string value = Encoding.UTF8.GetString(utf8);
        if (key is null || key.Length < utf8.Length)
        {
            // Room for the longer keys to come: a flood of distinct values allocates only its strings.
            _keys[slot] = key = new byte[Math.Max(utf8.Length, 32)];
        }

        utf8.CopyTo(key);
        _lengths[slot] = utf8.Length;
        _values[slot] = value;
        return value;
    }
}
