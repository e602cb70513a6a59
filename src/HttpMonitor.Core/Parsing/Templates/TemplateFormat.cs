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
    private readonly Step[] _steps;
    private readonly bool _request;
    private readonly int _durationScale;
    private readonly TimeCache _time;

    public TemplateFormat(string name, byte[] prefix, FieldKind[] fields, byte[][] literals, TimeKind time, bool request, int durationScale)
    {
        Name = name;
        _prefix = prefix;
        int timeWidth = time switch { TimeKind.Clf => Timestamp.Length, TimeKind.ClfBracketed => Timestamp.Length + 2, _ => 0 };
        _steps = [.. fields.Select((field, i) => new Step(
            TemplateValues.SlotOf(field),
            field == FieldKind.Time ? timeWidth : 0,
            literals[i].Length,
            literals[i],
            new LiteralSearch(time == TimeKind.ClfBracketed && i + 1 < fields.Length && fields[i + 1] == FieldKind.Time ? [.. literals[i], (byte)'['] : literals[i])))];
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

        var values = new TemplateValues(line);
        return Match(line, ref values) && TryRead(ref values, out parsed) ? LineKind.Accepted : LineKind.Rejected;
    }

    [MethodImpl(HotPath.PerLine)]
    private bool Match(ReadOnlySpan<byte> line, ref TemplateValues values)
    {
        if (!line.StartsWith(_prefix))
        {
            return false;
        }

        int offset = _prefix.Length;
        foreach (ref readonly var step in _steps.AsSpan())
        {
            var rest = line[offset..];
            if (step.LiteralLength == 0)
            {
                values.Set(step.Slot, offset, rest.Length);
                return true;
            }

            int at = step.Width == 0 ? step.Search.IndexIn(rest)
                : LiteralSearch.IsAt(rest, step.Width, step.Literal) ? step.Width : -1;
            if (at < 0)
            {
                return false;
            }

            values.Set(step.Slot, offset, at);
            offset += at + step.LiteralLength;
        }

        return offset == line.Length;
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

    /// <summary>One field of the format and the literal after it.</summary>
    /// <param name="Slot">Where its value goes (<see cref="TemplateValues.SlotOf"/>).</param>
    /// <param name="Width">Its fixed width (a CLF time), or 0 when it runs to the literal.</param>
    /// <param name="LiteralLength">The length of <paramref name="Literal"/>, kept here: read for every field of every line.</param>
    /// <param name="Literal">The literal after it; empty after a last field that runs to the end.</param>
    /// <param name="Search">What ends its value: the literal, with the '[' of a bracketed time after it.</param>
    private readonly record struct Step(int Slot, int Width, int LiteralLength, byte[] Literal, LiteralSearch Search);
}
