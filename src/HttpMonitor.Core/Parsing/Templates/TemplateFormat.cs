using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// A format string (nginx <c>log_format</c>, Apache <c>LogFormat</c>) compiled into literals and
/// typed fields: a line must start with the first literal; each variable's value runs to the next
/// literal (to the end of the line for a last variable), found with a vectorized search, never a
/// regular expression; a literal preceded by a backslash is inside a value (an escaped quote).
/// A CLF time has a fixed width, and holds a space: its value is that many bytes; and Apache's
/// starts with '[', so the value before it runs to the literal followed by '[' (an Apache user
/// with a space in it, as combined allows).
/// </summary>
/// <remarks>Built by <see cref="TemplateBuilder"/>, which guarantees a time, a status and a target, and a literal between any two variables.</remarks>
internal sealed class TemplateFormat : ILogFormat
{
    private readonly byte[] _prefix;
    private readonly FieldKind[] _fields;
    private readonly byte[][] _literals; // after each field; empty after a last field that runs to the end
    private readonly int[] _widths;      // per field: its fixed width, or 0 when it runs to the next literal
    private readonly byte[][] _searches; // per field: what ends its value: the literal, with the '[' of a bracketed time after it
    private readonly bool _request;
    private readonly int _durationScale;
    private readonly TimeCache _time;

    public TemplateFormat(string name, byte[] prefix, FieldKind[] fields, byte[][] literals, TimeKind time, bool request, int durationScale)
    {
        Name = name;
        _prefix = prefix;
        _fields = fields;
        _literals = literals;
        int timeWidth = time switch { TimeKind.Clf => Timestamp.Length, TimeKind.ClfBracketed => Timestamp.Length + 2, _ => 0 };
        _widths = [.. fields.Select(f => f == FieldKind.Time ? timeWidth : 0)];
        _searches = [.. literals.Select((literal, i) =>
            time == TimeKind.ClfBracketed && i + 1 < fields.Length && fields[i + 1] == FieldKind.Time ? [.. literal, (byte)'['] : literal)];
        _time = new TimeCache(time);
        _request = request;
        _durationScale = durationScale;
    }

    public string Name { get; }

    [MethodImpl(HotPath.PerLine)]
    public LineKind Parse(ReadOnlySpan<byte> line, out ParsedLine parsed)
    {
        parsed = default;
        if (LineText.TrimIsBlank(ref line))
        {
            return LineKind.Blank;
        }

        var values = default(TemplateValues);
        return Match(line, ref values) && TryRead(ref values, out parsed) ? LineKind.Accepted : LineKind.Rejected;
    }

    [MethodImpl(HotPath.PerLine)]
    private bool Match(ReadOnlySpan<byte> line, ref TemplateValues values)
    {
        if (!line.StartsWith(_prefix))
        {
            return false;
        }

        var rest = line[_prefix.Length..];
        for (int i = 0; i < _fields.Length; i++)
        {
            var literal = _literals[i];
            if (literal.Length == 0)
            {
                values.Set(_fields[i], rest);
                return true;
            }

            int at = _widths[i] == 0 ? FindLiteral(rest, _searches[i])
                : rest.Length >= _widths[i] && rest[_widths[i]..].StartsWith(literal) ? _widths[i] : -1;
            if (at < 0)
            {
                return false;
            }

            values.Set(_fields[i], rest[..at]);
            rest = rest[(at + literal.Length)..];
        }

        return rest.IsEmpty;
    }

    [MethodImpl(HotPath.PerLine)]
    private bool TryRead(scoped ref TemplateValues v, out ParsedLine parsed)
    {
        parsed = default;
        if (!_time.TryParse(v.Time, out var time) || !Numbers.TryStatus(v.Status, out int status))
        {
            return false;
        }

        ReadOnlySpan<byte> section, path;
        if (_request)
        {
            Target.Split(v.Target, out section, out path);
        }
        else
        {
            Target.SplitTarget(v.Target, out section, out path);
        }

        long bytes = Numbers.TryBytes(v.Bytes, out long b) ? b : 0;
        long duration = Numbers.TryScaled(v.Duration, _durationScale, out long d) && d >= 0 ? d : ParsedLine.NoDuration;
        parsed = new ParsedLine(
            time, LineText.IsAbsent(v.Client) ? default : v.Client, section, path, status, bytes,
            LineText.IsAbsent(v.Vhost) ? default : v.Vhost, duration);
        return true;
    }

    /// <summary>The first occurrence of <paramref name="literal"/> that is not escaped by a backslash, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FindLiteral(ReadOnlySpan<byte> s, ReadOnlySpan<byte> literal)
    {
        for (int from = 0; ;)
        {
            int found = literal.Length == 1 ? s[from..].IndexOf(literal[0]) : s[from..].IndexOf(literal);
            if (found < 0)
            {
                return -1;
            }

            int at = from + found;
            if (at == 0 || s[at - 1] != (byte)'\\' || !LineText.IsEscaped(s, at))
            {
                return at;
            }

            from = at + 1;
        }
    }
}
