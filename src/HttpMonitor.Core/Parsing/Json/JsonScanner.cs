using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// The json reader's fast path: reads the line servers write, one object of strings, numbers,
/// true, false and null (Caddy's <c>request</c> object one level down, other objects and arrays
/// only checked), into the same picks as the <see cref="System.Text.Json.Utf8JsonReader"/> path,
/// about three times faster. Anything else (an escaped key, an escaped value a field would take,
/// a control byte in a string, nesting deeper than 32, anything off JSON's grammar) makes it give
/// up, and that path, the reference, reads the line: so this one never decides a line the reader
/// would decide otherwise (JsonScannerPropertyTests).
/// </summary>
/// <remarks>
/// Positions are passed and returned (-1: give up) rather than kept in fields, so that they stay
/// in registers: the scan is a few instructions per byte of structure, and memory round trips on
/// every step showed in the profile.
/// </remarks>
internal static class JsonScanner
{
    private const int GiveUp = -1;

    /// <summary>
    /// Picks the fields of <paramref name="line"/>, which starts with its object's '{'; false when
    /// the line is not what this scanner fully understands (then <paramref name="picks"/> holds
    /// whatever it had read, to be dropped).
    /// </summary>
    [MethodImpl(HotPath.PerLine)]
    public static bool TryPick(ReadOnlySpan<byte> line, ref JsonPicks picks)
    {
        var stops = new StringStops(line);
        int end = line.IsEmpty || line[0] != (byte)'{' ? GiveUp : Object(line, ref stops, 0, ref picks, inRequest: false);
        return end >= 0 && JsonTokens.PastSpace(line, end) == line.Length; // nothing after the object but whitespace
    }

    /// <summary>The object at the '{' at <paramref name="at"/>, its values offered to <paramref name="picks"/>; where it ends (past its '}').</summary>
    [MethodImpl(HotPath.PerLine)]
    private static int Object(ReadOnlySpan<byte> line, ref StringStops stops, int at, scoped ref JsonPicks picks, bool inRequest)
    {
        at = JsonTokens.PastSpace(line, at + 1);
        if (JsonTokens.At(line, at) == '}')
        {
            return at + 1;
        }

        while (JsonTokens.At(line, at) == '"')
        {
            // An escaped key is left to the reader, which decodes it before it looks it up.
            int close = stops.Close(at + 1, out bool escaped);
            if (close < 0 || escaped)
            {
                return GiveUp;
            }

            var name = line[(at + 1)..close];
            at = JsonTokens.PastSpace(line, close + 1);
            if (JsonTokens.At(line, at) != ':')
            {
                return GiveUp;
            }

            at = Value(line, ref stops, JsonTokens.PastSpace(line, at + 1), name, ref picks, inRequest);
            at = JsonTokens.PastSpace(line, at);
            int next = JsonTokens.At(line, at);
            if (next == '}')
            {
                return at + 1;
            }

            if (next != ',')
            {
                return GiveUp; // also when the value gave up (At(-1) is -1)
            }

            at = JsonTokens.PastSpace(line, at + 1);
        }

        return GiveUp;
    }

    /// <summary>The value at <paramref name="at"/>, offered to the field <paramref name="name"/> feeds as the reader path does; where it ends.</summary>
    [MethodImpl(HotPath.PerLine)]
    private static int Value(ReadOnlySpan<byte> line, ref StringStops stops, int at, ReadOnlySpan<byte> name, scoped ref JsonPicks picks, bool inRequest)
    {
        int first = JsonTokens.At(line, at), end;
        bool escaped = false;
        ReadOnlySpan<byte> value;
        if (first == '"')
        {
            int close = stops.Close(at + 1, out escaped);
            value = close < 0 ? default : line[(at + 1)..close];
            end = close < 0 ? GiveUp : close + 1;
        }
        else if (first == '-' || Numbers.IsDigit((byte)first))
        {
            end = JsonTokens.NumberEnd(line, at);
            value = end < 0 ? default : line[at..end];
        }
        else if (first is '{' or '[')
        {
            // The top-level request object is read; any other object or array feeds no field, and is only checked.
            return first == '{' && !inRequest && name.SequenceEqual(JsonKeys.Nested)
                ? Object(line, ref stops, at, ref picks, inRequest: true)
                : JsonContainers.End(line, ref stops, at, depth: inRequest ? 3 : 2);
        }
        else
        {
            return JsonTokens.LiteralEnd(line, at); // true, false and null feed no field
        }

        var key = end < 0 ? JsonKey.None : JsonKeys.Find(name, inRequest);
        if (key.Field != JsonField.None && picks.Wants(key))
        {
            if (escaped)
            {
                return GiveUp; // a value to decode: the reader's job (escapes in values no field takes are common: a user agent's \")
            }

            picks.Offer(key, value, first == '"');
        }

        return end;
    }
}
