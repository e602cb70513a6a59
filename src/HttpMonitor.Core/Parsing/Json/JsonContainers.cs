namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// Objects and arrays whose values feed no field (Caddy's headers, TLS details): the scanner only
/// checks them, as <see cref="System.Text.Json.Utf8JsonReader.Skip"/> does on the reader path, so
/// that such lines are read without the reader too.
/// </summary>
internal static class JsonContainers
{
    // Deeper than this is left to the reader (whose own limit is 64).
    private const int MaxDepth = 32;
    private const int GiveUp = -1;

    /// <summary>Past the object or array at <paramref name="at"/>, itself at <paramref name="depth"/>; -1 when it is not valid JSON or too deep.</summary>
    public static int End(ReadOnlySpan<byte> line, ref StringStops stops, int at, int depth)
    {
        bool isObject = JsonTokens.At(line, at) == '{';
        int close = isObject ? '}' : ']';
        at = JsonTokens.PastSpace(line, at + 1);
        if (depth > MaxDepth || JsonTokens.At(line, at) == close)
        {
            return depth > MaxDepth ? GiveUp : at + 1;
        }

        while (true)
        {
            if (isObject)
            {
                at = JsonTokens.PastSpace(line, StringEnd(line, ref stops, at));
                at = JsonTokens.At(line, at) == ':' ? JsonTokens.PastSpace(line, at + 1) : GiveUp;
            }

            at = JsonTokens.PastSpace(line, ValueEnd(line, ref stops, at, depth));
            int next = JsonTokens.At(line, at);
            if (next == close)
            {
                return at + 1;
            }

            if (next != ',')
            {
                return GiveUp; // also when a value gave up (At(-1) is -1)
            }

            at = JsonTokens.PastSpace(line, at + 1);
        }
    }

    private static int ValueEnd(ReadOnlySpan<byte> line, ref StringStops stops, int at, int depth) => JsonTokens.At(line, at) switch
    {
        '"' => StringEnd(line, ref stops, at),
        '{' or '[' => End(line, ref stops, at, depth + 1),
        '-' or (>= '0' and <= '9') => JsonTokens.NumberEnd(line, at),
        < 0 => GiveUp,
        _ => JsonTokens.LiteralEnd(line, at),
    };

    /// <summary>Past the string at <paramref name="at"/>, escapes and all (none is decoded).</summary>
    private static int StringEnd(ReadOnlySpan<byte> line, ref StringStops stops, int at) =>
        JsonTokens.At(line, at) == '"' && stops.Close(at + 1, out _) is int close and >= 0 ? close + 1 : GiveUp;
}
