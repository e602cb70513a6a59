using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// Finds where a field's value ends: the first occurrence of a literal that is not escaped by a
/// backslash. It searches for one byte of the literal, its anchor, with a vectorized search and
/// compares the rest only there: the anchor is a quote or a bracket where the literal has one,
/// bytes that are rare inside values, where a search for the whole literal would stop at every
/// space of a user agent to compare it.
/// </summary>
/// <remarks>A struct, held in the format's steps: the search runs for every field of every line, without a load of its own object.</remarks>
internal readonly struct LiteralSearch
{
    private readonly byte[] _literal;
    private readonly int _anchor; // the index in _literal of the byte searched for
    private readonly byte _anchorByte;

    public LiteralSearch(byte[] literal)
    {
        _literal = literal;
        int punctuation = Array.FindIndex(literal, b => b is not (byte)' ' && !char.IsAsciiLetterOrDigit((char)b));
        _anchor = Math.Max(punctuation, 0);
        _anchorByte = literal.Length == 0 ? (byte)0 : literal[_anchor];
    }

    /// <summary>The first occurrence of the literal in <paramref name="s"/> that is not escaped, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexIn(ReadOnlySpan<byte> s)
    {
        byte anchor = _anchorByte;
        for (int from = _anchor; from < s.Length;)
        {
            int found = IndexOf(s, from, anchor);
            if (found < 0)
            {
                return -1;
            }

            int at = found - _anchor;
            if (IsAt(s, at, _literal) && (at == 0 || s[at - 1] != (byte)'\\' || !LineText.IsEscaped(s, at)))
            {
                return at;
            }

            from = at + _anchor + 1;
        }

        return -1;
    }

    /// <summary>
    /// The first <paramref name="value"/> in <paramref name="s"/> from <paramref name="from"/> on, or -1.
    /// Most values end within 16 bytes (a status, a size, an address, a host): those are found by
    /// one comparison of 16 bytes here, without the call and set-up of a span search (5% of a nginx
    /// replay went to those calls).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(ReadOnlySpan<byte> s, int from, byte value)
    {
        if (Vector128.IsHardwareAccelerated && s.Length - from >= Vector128<byte>.Count)
        {
            var bytes = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(s), (nuint)from); // within s: checked above
            uint found = Vector128.Equals(bytes, Vector128.Create(value)).ExtractMostSignificantBits();
            if (found != 0)
            {
                return from + BitOperations.TrailingZeroCount(found);
            }

            from += Vector128<byte>.Count;
        }

        int later = s[from..].IndexOf(value);
        return later < 0 ? -1 : from + later;
    }

    /// <summary>Whether <paramref name="literal"/> is at <paramref name="at"/> in <paramref name="s"/>: compared here, byte by byte, as literals are one to three bytes long, where a call to SequenceEqual cost more than the comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAt(ReadOnlySpan<byte> s, int at, byte[] literal)
    {
        if (s.Length - at < literal.Length)
        {
            return false;
        }

        for (int i = 0; i < literal.Length; i++)
        {
            if (s[at + i] != literal[i])
            {
                return false;
            }
        }

        return true;
    }
}
