using System.Runtime.CompilerServices;
using System.Text.Json;

namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// One JSON object per line (nginx <c>escape=json</c> templates, Caddy, Traefik), read with
/// <see cref="Utf8JsonReader"/> over the line's bytes: no document is built. Each field is the
/// best-ranked of its keys (<see cref="JsonKeys"/>) that holds the expected kind of value. The
/// common lines are read by <see cref="JsonScanner"/> first, which gives what the reader would.
/// </summary>
/// <remarks>
/// A string's own JSON escapes are decoded (they are the encoding, not the value) into buffers this
/// reader owns, one per field, valid until its next line; unescaped strings stay slices of the line.
/// </remarks>
public sealed class JsonFormat : ILogFormat
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow };
    private const int KeySlot = (int)JsonField.None; // no field is None: its buffer decodes escaped keys

    // One buffer per field (by JsonField), so a decoded value stays whole while the line's other keys are read.
    private readonly byte[][] _scratch = [.. Enumerable.Range(0, 8).Select(_ => new byte[256])];
    private readonly TimeCache _time = new(TimeKind.Any);

    public string Name => LogFormats.Json;

    [MethodImpl(HotPath.PerLine)]
    public LineKind Parse(ReadOnlySpan<byte> line, out ParsedLine parsed) => Parse(line, out parsed, scan: true);

    /// <summary>The line read with <see cref="Utf8JsonReader"/> alone: the reference the scanner is held to (tests).</summary>
    internal LineKind ParseWithReader(ReadOnlySpan<byte> line, out ParsedLine parsed) => Parse(line, out parsed, scan: false);

    /// <summary>
    /// The line through <see cref="JsonScanner"/> first when <paramref name="scan"/>: it reads the
    /// common lines several times faster, and gives up on the others, which the reader then reads.
    /// </summary>
    [MethodImpl(HotPath.PerLine)]
    private LineKind Parse(ReadOnlySpan<byte> line, out ParsedLine parsed, bool scan)
    {
        parsed = default;
        if (LineText.TrimIsBlank(ref line))
        {
            return LineKind.Blank;
        }

        var start = line[line.IndexOfAnyExcept((byte)' ', (byte)'\t')..];
        if (start[0] != (byte)'{')
        {
            return LineKind.Rejected;
        }

        var picks = default(JsonPicks);
        if (!(scan && JsonScanner.TryPick(start, ref picks)))
        {
            picks = default; // whatever the scanner read before it gave up
            if (!TryPick(line, ref picks))
            {
                return LineKind.Rejected;
            }
        }

        return TryRead(ref picks, out parsed) ? LineKind.Accepted : LineKind.Rejected;
    }

    /// <summary>Walks the object once; false when the line is not one JSON object.</summary>
    [MethodImpl(HotPath.PerLine)]
    private bool TryPick(ReadOnlySpan<byte> line, ref JsonPicks picks)
    {
        var reader = new Utf8JsonReader(line, ReaderOptions);
        try
        {
            reader.Read();
            PickFrom(ref reader, ref picks, inRequest: false);
            return !reader.Read(); // nothing after the object but whitespace (anything else throws)
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    [MethodImpl(HotPath.PerLine)]
    private void PickFrom(ref Utf8JsonReader reader, ref JsonPicks picks, bool inRequest)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueIsEscaped ? Unescaped(ref reader, KeySlot) : reader.ValueSpan;
            bool nested = !inRequest && name.Length == JsonKeys.Nested.Length && name.SequenceEqual(JsonKeys.Nested);
            var key = JsonKeys.Find(name, inRequest);
            reader.Read();
            if (reader.TokenType is JsonTokenType.StartObject && nested)
            {
                PickFrom(ref reader, ref picks, inRequest: true);
            }
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
            else if (key.Field != JsonField.None && picks.Wants(key))
            {
                Offer(ref reader, ref picks, key);
            }
        }
    }

    /// <summary>Offers a string or a number (decoded when escaped) to <paramref name="picks"/>; other values feed no field.</summary>
    [MethodImpl(HotPath.PerLine)]
    private void Offer(ref Utf8JsonReader reader, ref JsonPicks picks, JsonKey key)
    {
        bool isString = reader.TokenType == JsonTokenType.String;
        if (isString || reader.TokenType == JsonTokenType.Number)
        {
            picks.Offer(key, isString && reader.ValueIsEscaped ? Unescaped(ref reader, (int)key.Field) : reader.ValueSpan, isString);
        }
    }

    [MethodImpl(HotPath.PerLine)]
    private bool TryRead(scoped ref JsonPicks p, out ParsedLine parsed)
    {
        parsed = default;
        if (!p.Has(JsonField.Target) || !_time.TryParse(p.Time, out var time) || !Numbers.TryStatus(p.Status, out int status))
        {
            return false;
        }

        ReadOnlySpan<byte> section, path;
        if (p.TargetIsRequest)
        {
            Target.Split(p.Target, out section, out path);
        }
        else
        {
            Target.SplitTarget(p.Target, out section, out path);
        }

        long bytes = Numbers.TryWhole(p.Bytes, out long b) ? b : 0;
        long duration = Numbers.TryScaled(p.Duration, p.DurationScale, out long d) && d >= 0 ? d : ParsedLine.NoDuration;
        parsed = new ParsedLine(
            time, LineText.IsAbsent(p.Client) ? default : p.Client, section, path, status, bytes,
            LineText.IsAbsent(p.Vhost) ? default : p.Vhost, duration);
        return true;
    }

    /// <summary>The current string decoded into the buffer of <paramref name="slot"/>, grown when too small (an escaped string is never shorter than its value).</summary>
    private ReadOnlySpan<byte> Unescaped(scoped ref Utf8JsonReader reader, int slot)
    {
        if (_scratch[slot].Length < reader.ValueSpan.Length)
        {
            _scratch[slot] = new byte[Math.Max(reader.ValueSpan.Length, _scratch[slot].Length * 2)];
        }

        int written = reader.CopyString(_scratch[slot]);
        return _scratch[slot].AsSpan(0, written);
    }
}
