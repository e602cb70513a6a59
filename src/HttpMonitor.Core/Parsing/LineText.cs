using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>What every format does to a line first, and how they all read "no value".</summary>
internal static class LineText
{
    /// <summary>Drops one trailing '\r' (SEMANTICS: lines end at '\n'); true when what is left is blank.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TrimIsBlank(ref ReadOnlySpan<byte> line)
    {
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return IsBlank(line);
    }

    /// <summary>Empty, or only spaces and tabs.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;

    /// <summary>Empty or "-": how servers write a value they do not have.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAbsent(ReadOnlySpan<byte> value) => value.IsEmpty || (value.Length == 1 && value[0] == (byte)'-');

    /// <summary>The index of the first '"' not escaped by a backslash (the end of a quoted value), or -1.</summary>
    /// <remarks>Looks for a quote or a backslash at once: a backslash skips the byte after it.</remarks>
    public static int ClosingQuote(ReadOnlySpan<byte> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int found = s[i..].IndexOfAny((byte)'"', (byte)'\\');
            if (found < 0)
            {
                return -1;
            }

            i += found;
            if (s[i] == (byte)'"')
            {
                return i;
            }

            i++; // skip the escaped byte
        }

        return -1;
    }

    /// <summary>Whether the byte at <paramref name="at"/> is escaped: preceded by an odd number of backslashes.</summary>
    public static bool IsEscaped(ReadOnlySpan<byte> s, int at)
    {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && s[i] == (byte)'\\'; i--)
        {
            backslashes++;
        }

        return (backslashes & 1) == 1;
    }
}
