using System.Runtime.CompilerServices;
using System.Text;

namespace HttpMonitor.Core.Parsing;

/// <summary>
/// W3C extended log files (IIS): a <c>#Fields:</c> directive names the space-separated fields of
/// the lines after it (a later one replaces it); every <c>#</c> line is a directive, ignored. A
/// data line before any <c>#Fields:</c>, or with another number of fields, is rejected.
/// </summary>
/// <remarks>Keeps the column map from line to line: one reader per stream of lines.</remarks>
public sealed class W3cFormat : ILogFormat
{
    private static readonly string[] Known = ["date", "time", "c-ip", "cs-uri-stem", "sc-status", "sc-bytes", "time-taken", "cs-host"];
    private byte[] _columns = []; // per column, 1 + its index in Known, or 0 for a field not read
    private int _count = -1;      // fields per line; -1 before the first #Fields
    private readonly byte[] _lastStamp = new byte[32]; // the last date and time, one after the other
    private int _lastStampLength = -1;
    private DateTimeOffset _lastInstant;

    public string Name => LogFormats.W3c;

    [MethodImpl(HotPath.PerLine)]
    public LineKind Parse(ReadOnlySpan<byte> line, out ParsedLine parsed)
    {
        parsed = default;
        if (LineText.TrimIsBlank(ref line))
        {
            return LineKind.Blank;
        }

        if (line[0] == (byte)'#')
        {
            if (line.StartsWith("#Fields:"u8))
            {
                SetFields(line["#Fields:"u8.Length..]);
            }

            return LineKind.Ignored;
        }

        return _count > 0 && TryRead(line, out parsed) ? LineKind.Accepted : LineKind.Rejected;
    }

    private void SetFields(ReadOnlySpan<byte> names)
    {
        var fields = Encoding.UTF8.GetString(names).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _columns = [.. fields.Select(f => (byte)(Array.FindIndex(Known, k => k.Equals(f, StringComparison.OrdinalIgnoreCase)) + 1))];
        _count = fields.Length;
    }

    [MethodImpl(HotPath.PerLine)]
    private bool TryRead(ReadOnlySpan<byte> line, out ParsedLine parsed)
    {
        parsed = default;
        ReadOnlySpan<byte> date = default, time = default, client = default, stem = default, status = default, bytes = default, taken = default, host = default;
        var rest = line;
        for (int column = 0; column < _count; column++)
        {
            int end = ShortSearch.IndexOf(rest, (byte)' ');
            if ((end < 0) != (column == _count - 1))
            {
                return false; // fewer or more fields than #Fields names
            }

            var field = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            switch (_columns[column])
            {
                case 1: date = field; break;
                case 2: time = field; break;
                case 3: client = field; break;
                case 4: stem = field; break;
                case 5: status = field; break;
                case 6: bytes = field; break;
                case 7: taken = field; break;
                case 8: host = field; break;
            }
        }

        if (stem.IsEmpty || !TryTime(date, time, out var instant) || !Numbers.TryStatus(status, out int code))
        {
            return false;
        }

        Target.SplitTarget(stem, out var section, out var path);
        long size = Numbers.TryBytes(bytes, out long b) ? b : 0;
        long duration = Numbers.TryScaled(taken, 3, out long d) && d >= 0 ? d : ParsedLine.NoDuration;
        parsed = new ParsedLine(instant, LineText.IsAbsent(client) ? default : client, section, path, code, size,
            LineText.IsAbsent(host) ? default : host, duration);
        return true;
    }

    /// <summary>The date and time fields (UTC), reusing the last instant when both are as on the line before.</summary>
    [MethodImpl(HotPath.PerLine)]
    private bool TryTime(ReadOnlySpan<byte> date, ReadOnlySpan<byte> time, out DateTimeOffset instant)
    {
        int length = date.Length + time.Length;
        if (length == _lastStampLength && date.SequenceEqual(_lastStamp.AsSpan(0, date.Length)) && time.SequenceEqual(_lastStamp.AsSpan(date.Length, time.Length)))
        {
            instant = _lastInstant;
            return true;
        }

        if (!IsoTimestamp.TryParseUtc(date, time, out instant))
        {
            return false;
        }

        if (length <= _lastStamp.Length)
        {
            date.CopyTo(_lastStamp);
            time.CopyTo(_lastStamp.AsSpan(date.Length));
            (_lastStampLength, _lastInstant) = (length, instant);
        }

        return true;
    }
}
