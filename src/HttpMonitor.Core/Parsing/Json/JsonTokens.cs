using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// Where a JSON number, literal or whitespace that starts at a position ends, exactly by JSON's
/// grammar (what <see cref="System.Text.Json.Utf8JsonReader"/> accepts); -1 when there is none.
/// Whatever follows a number or literal is the caller's to check: only whitespace, ',', '}' or ']' may.
/// </summary>
internal static class JsonTokens
{
    /// <summary>-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
    public static int NumberEnd(ReadOnlySpan<byte> line, int at)
    {
        if (At(line, at) == '-')
        {
            at++;
        }

        at = At(line, at) == '0' ? at + 1 : DigitsEnd(line, at);
        if (at >= 0 && At(line, at) == '.')
        {
            at = DigitsEnd(line, at + 1);
        }

        if (at >= 0 && At(line, at) is 'e' or 'E')
        {
            at = At(line, at + 1) is '+' or '-' ? at + 2 : at + 1;
            at = DigitsEnd(line, at);
        }

        return at;
    }

    /// <summary>true, false or null.</summary>
    public static int LiteralEnd(ReadOnlySpan<byte> line, int at)
    {
        var rest = line[at..];
        return rest.StartsWith("true"u8) || rest.StartsWith("null"u8) ? at + 4 : rest.StartsWith("false"u8) ? at + 5 : -1;
    }

    /// <summary>Past one digit or more; -1 when there is none.</summary>
    private static int DigitsEnd(ReadOnlySpan<byte> line, int at)
    {
        int start = at;
        while ((uint)at < (uint)line.Length && Numbers.IsDigit(line[at]))
        {
            at++;
        }

        return at > start ? at : -1;
    }

    /// <summary>Past any JSON whitespace from <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PastSpace(ReadOnlySpan<byte> line, int at)
    {
        while ((uint)at < (uint)line.Length && IsSpace(line[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The byte at <paramref name="at"/>; -1 past the end of the line (or at -1, a scan that gave up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int At(ReadOnlySpan<byte> line, int at) => (uint)at < (uint)line.Length ? line[at] : -1;

    /// <summary>' ', '\t', '\r' or '\n', told without a branch (there is one per token, and most lines have no whitespace).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(byte b) => (b <= ' ') & (((1UL << ' ' | 1UL << '\t' | 1UL << '\r' | 1UL << '\n') >> b & 1) != 0);
}
