using System.Runtime.CompilerServices;

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
            int found = ShortSearch.IndexOf(s, from, anchor);
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
