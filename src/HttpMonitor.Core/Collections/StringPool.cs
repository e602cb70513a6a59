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

    // A slot holds its key's hash beside its string, so that one load tells a key that is not there
    // (StringPool.Get was 13% of a parallel replay of bench's high-cardinality log), and a key that
    // is there is compared with the string itself: names are ASCII nearly always, and a copy of the
    // key's bytes beside it cost one more cache miss at every hit. A key that is not ASCII is never
    // found, so it is made anew each time, as it would be without the pool.
    private readonly Slot[] _slots = new Slot[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        ulong hash = Utf8Hash.Of(utf8);
        ref var slot = ref _slots[Utf8Hash.Home(hash, Slots - 1)];
        if (slot.Hash == hash && slot.Value is { } pooled && Ascii.Equals(utf8, pooled))
        {
            return pooled;
        }

        string value = Encoding.UTF8.GetString(utf8);
        slot = new Slot(hash, value);
        return value;
    }

    private readonly record struct Slot(ulong Hash, string? Value);
}
