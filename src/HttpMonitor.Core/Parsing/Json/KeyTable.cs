using System.Numerics;
using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// Key names to what they feed, found by a hash of their length and three of their bytes, with
/// linear probing. Most keys of a line feed nothing, and this tells so in one slot read and at
/// most a compare or two; grouping the keys by length cost a compare with every known key of the
/// same length, a fifth of the scanner's time.
/// </summary>
internal sealed class KeyTable
{
    private readonly byte[]?[] _names;
    private readonly JsonKey[] _keys;
    private readonly int _shift;

    public KeyTable(IReadOnlyCollection<(byte[] Name, JsonKey Key)> keys)
    {
        // At most a quarter full: an unknown name mostly lands on an empty slot, and probing always ends.
        int bits = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)keys.Count * 4));
        (_names, _keys, _shift) = (new byte[]?[1 << bits], new JsonKey[1 << bits], 32 - bits);
        foreach (var (name, key) in keys)
        {
            int slot = Slot(name);
            while (_names[slot] is not null)
            {
                slot = (slot + 1) & (_names.Length - 1);
            }

            (_names[slot], _keys[slot]) = (name, key);
        }
    }

    /// <summary>What <paramref name="name"/> feeds; <see cref="JsonKey.None"/> when it is none of the keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsonKey Find(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return JsonKey.None;
        }

        for (int slot = Slot(name); _names[slot] is { } known; slot = (slot + 1) & (_names.Length - 1))
        {
            if (name.SequenceEqual(known))
            {
                return _keys[slot];
            }
        }

        return JsonKey.None;
    }

    /// <summary>Fibonacci hashing of the length and the first, middle and last bytes (the keys differ there).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ReadOnlySpan<byte> name) =>
        (int)(((uint)name.Length | ((uint)name[0] << 8) | ((uint)name[name.Length >> 1] << 16) | ((uint)name[^1] << 24)) * 0x9E3779B1u >> _shift);
}
