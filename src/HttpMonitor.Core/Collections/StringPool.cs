using System.Text;

namespace HttpMonitor.Core.Collections;

/// <summary>
/// Turns UTF-8 bytes into strings, reusing the string made last time for the same bytes.
/// </summary>
/// <remarks>
/// The names of sections, vhosts and sources repeat second after second; a small direct-mapped
/// cache avoids allocating them again (paths are not pooled: most are distinct, see
/// SectionBuilder). Its size is fixed, so a flood of distinct values only evicts entries: memory
/// stays bounded whatever the log holds.
/// </remarks>
internal sealed class StringPool
{
    private const int Slots = 4096; // a power of two
    private const int MaxCachedLength = 256;

    // A slot holds its key's hash beside the key and its string, so that one load tells a key that
    // is not there without reading the key's buffer: that read was a cache miss on a log of many
    // distinct paths (StringPool.Get was 13% of a parallel replay of bench's high-cardinality log).
    // The key's buffer is reused by the next key that fits it: a flood of distinct values allocates
    // only its strings.
    private readonly Slot[] _slots = new Slot[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        ulong hash = Utf8Hash.Of(utf8);
        ref var slot = ref _slots[Utf8Hash.Home(hash, Slots - 1)];
        if (slot.Hash == hash && slot.Value is not null && utf8.SequenceEqual(slot.Key.Span))
        {
            return slot.Value;
        }

        string value = Encoding.UTF8.GetString(utf8);
        slot.Key.Set(utf8);
        slot.Hash = hash;
        slot.Value = value;
        return value;
    }

    private struct Slot
    {
        public ulong Hash;
        public Utf8Copy Key;
        public string? Value;
    }
}
