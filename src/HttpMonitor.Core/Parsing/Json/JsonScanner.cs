using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// The json reader's fast path: reads the line servers write, one object of strings without
/// escapes, numbers, true, false and null (and Caddy's <c>request</c> object one level down),
/// into the same picks as the <see cref="System.Text.Json.Utf8JsonReader"/> path, at a fraction
/// of its cost. Anything else (an escape, a control byte in a string, an array, another object,
/// bytes that are not UTF-8, anything off JSON's grammar) makes it give up, and that path, the
/// reference, reads the line: so this one never decides a line the reader would decide otherwise.
/// </summary>
internal ref struct JsonScanner
{
    // Where an unescaped string ends, its quote; a backslash or a control byte is for the reader to decode or reject.
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    private readonly ReadOnlySpan<byte> _line;
    private int _at;

    private JsonScanner(ReadOnlySpan<byte> line) => _line = line;

    /// <summary>
    /// Picks the fields of <paramref name="line"/>, which starts with its object's '{'; false when
    /// the line is not what this scanner fully understands (then <paramref name="picks"/> holds
    /// whatever it had read, to be dropped).
    /// </summary>
    [MethodImpl(HotPath.PerLine)]
    public static bool TryPick(ReadOnlySpan<byte> line, ref JsonPicks picks)
    {
        // Whether invalid UTF-8 is an error is the reader's business; checking once is cheaper than per string.
        if (line.IsEmpty || line[0] != (byte)'{' || !Utf8.IsValid(line))
        {
            return false;
        }

        var scanner = new JsonScanner(line);
        return scanner.TryObject(ref picks, inRequest: false) && scanner.Next() < 0;
    }

    /// <summary>The object at the current '{', its values offered to <paramref name="picks"/>; past its '}' when true.</summary>
    [MethodImpl(HotPath.PerLine)]
    private bool TryObject(scoped ref JsonPicks picks, bool inRequest)
    {
        _at++;
        if (Next() == '}')
        {
            _at++;
            return true;
        }

        // An escaped key is left to the reader, which decodes it before it looks it up.
        while (TryString(out var name, out bool escaped) && !escaped && Next() == ':')
        {
            _at++;
            if (Next() < 0 || !TryValue(ref picks, name, inRequest))
            {
                return false;
            }

            int after = Next();
            _at++;
            if (after == '}')
            {
                return true;
            }

            if (after != ',' || Next() < 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The value at the current byte, offered to the field <paramref name="name"/> feeds as the reader path does.</summary>
    [MethodImpl(HotPath.PerLine)]
    private bool TryValue(scoped ref JsonPicks picks, ReadOnlySpan<byte> name, bool inRequest)
    {
        byte first = _line[_at];
        bool isString = first == '"', escaped = false;
        ReadOnlySpan<byte> value;
        if (isString)
        {
            if (!TryString(out value, out escaped))
            {
                return false;
            }
        }
        else if (first == '-' || Numbers.IsDigit(first))
        {
            value = Number();
            if (value.IsEmpty)
            {
                return false;
            }
        }
        else if (first == '{')
        {
            // Only the top-level request object is read; the reader skips any other, which needs validating: its business.
            return !inRequest && name.SequenceEqual(JsonKeys.Nested) && TryObject(ref picks, inRequest: true);
        }
        else
        {
            return TryLiteral(); // true, false and null feed no field
        }

        var key = JsonKeys.Find(name, inRequest);
        if (key.Field != JsonField.None && picks.Wants(key))
        {
            if (escaped)
            {
                return false; // a value to decode: the reader's job (escapes in the values no field takes are common, a user agent's \")
            }

            picks.Offer(key, value, isString);
        }

        return true;
    }

    /// <summary>
    /// The string at the current '"', without its quotes, its escapes as they are (then <paramref name="escaped"/>);
    /// false when it is not there, has a control byte or an escape the reader rejects, or is not closed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryString(out ReadOnlySpan<byte> value, out bool escaped)
    {
        value = default;
        escaped = false;
        if (Peek() != '"')
        {
            return false;
        }

        int start = _at + 1, at = start;
        while (true)
        {
            int stop = _line[at..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                return false; // not closed
            }

            at += stop;
            if (_line[at] == '"')
            {
                break;
            }

            if (_line[at] != '\\' || !TrySkipEscape(ref at))
            {
                return false; // a control byte, or an escape the reader rejects
            }

            escaped = true;
        }

        value = _line[start..at];
        _at = at + 1;
        return true;
    }

    /// <summary>Past the escape at <paramref name="at"/> when the reader accepts it: \" \\ \/ \b \f \n \r \t, or \u and four hex digits.</summary>
    private readonly bool TrySkipEscape(ref int at)
    {
        int escape = at + 1 < _line.Length ? _line[at + 1] : -1;
        int length = escape switch
        {
            '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' => 2,
            'u' when at + 6 <= _line.Length && !_line.Slice(at + 2, 4).ContainsAnyExcept(HexDigits) => 6,
            _ => 0,
        };
        at += length;
        return length > 0;
    }

    /// <summary>
    /// The number at the current byte, exactly JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?;
    /// empty when it is not one. What follows it is checked by the caller (only whitespace, ',' or '}' may).
    /// </summary>
    private ReadOnlySpan<byte> Number()
    {
        int start = _at;
        if (Peek() == '-')
        {
            _at++;
        }

        if (Peek() == '0')
        {
            _at++;
        }
        else if (!Digits())
        {
            return default;
        }

        if (Peek() == '.')
        {
            _at++;
            if (!Digits())
            {
                return default;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _at++;
            if (Peek() is '+' or '-')
            {
                _at++;
            }

            if (!Digits())
            {
                return default;
            }
        }

        return _line[start.._at];
    }

    /// <summary>One digit or more; false when there is none.</summary>
    private bool Digits()
    {
        int start = _at;
        while (_at < _line.Length && Numbers.IsDigit(_line[_at]))
        {
            _at++;
        }

        return _at > start;
    }

    private bool TryLiteral()
    {
        var rest = _line[_at..];
        int length = rest.StartsWith("true"u8) || rest.StartsWith("null"u8) ? 4 : rest.StartsWith("false"u8) ? 5 : 0;
        _at += length;
        return length > 0;
    }

    /// <summary>The next byte that is not JSON whitespace, where the scanner now stands; -1 at the end of the line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next()
    {
        while (_at < _line.Length && _line[_at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _at++;
        }

        return Peek();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int Peek() => _at < _line.Length ? _line[_at] : -1;
}
