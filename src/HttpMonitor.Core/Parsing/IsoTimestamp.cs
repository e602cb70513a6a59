using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>
/// ISO 8601 times as logs write them, parsed without allocating: "2024-01-02T03:04:05+01:00",
/// "…05.123456Z", "…05+0100" (a fraction of a second is truncated: it counts in its whole second);
/// and W3C's separate "2024-01-02" and "03:04:05" fields, in UTC.
/// </summary>
internal static class IsoTimestamp
{
    private const int DateLength = 10; // "2024-01-02"
    private const int TimeLength = 8;  // "03:04:05"

    /// <summary>A date, 'T', a time, an optional fraction, then 'Z' or an offset: a time without its offset is not an instant.</summary>
    [MethodImpl(HotPath.PerLine)]
    public static bool TryParse(ReadOnlySpan<byte> s, out DateTimeOffset instant)
    {
        instant = default;
        if (s.Length < DateLength + 1 + TimeLength + 1 || (s[DateLength] | 0x20) != 't'
            || !TryDate(s[..DateLength], out int year, out int month, out int day)
            || !TryTime(s.Slice(DateLength + 1, TimeLength), out int hour, out int minute, out int second))
        {
            return false;
        }

        var zone = SkipFraction(s[(DateLength + 1 + TimeLength)..]);
        return TryOffset(zone, out int offset) && Timestamp.TryCompose(year, month, day, hour, minute, second, offset, out instant);
    }

    /// <summary>W3C extended's <c>date</c> and <c>time</c> fields, which are in UTC; the time may have a fraction.</summary>
    public static bool TryParseUtc(ReadOnlySpan<byte> date, ReadOnlySpan<byte> time, out DateTimeOffset instant)
    {
        instant = default;
        return date.Length == DateLength && time.Length >= TimeLength
            && TryDate(date, out int year, out int month, out int day)
            && TryTime(time[..TimeLength], out int hour, out int minute, out int second)
            && SkipFraction(time[TimeLength..]).IsEmpty
            && Timestamp.TryCompose(year, month, day, hour, minute, second, 0, out instant);
    }

    private static bool TryDate(ReadOnlySpan<byte> s, out int year, out int month, out int day)
    {
        month = day = 0;
        return Timestamp.TryDigits(s[..4], out year) & s[4] == '-' & s[7] == '-'
            && Timestamp.TryDigits(s.Slice(5, 2), out month) && Timestamp.TryDigits(s.Slice(8, 2), out day);
    }

    private static bool TryTime(ReadOnlySpan<byte> s, out int hour, out int minute, out int second)
    {
        minute = second = 0;
        return Timestamp.TryDigits(s[..2], out hour) & s[2] == ':' & s[5] == ':'
            && Timestamp.TryDigits(s.Slice(3, 2), out minute) && Timestamp.TryDigits(s.Slice(6, 2), out second);
    }

    /// <summary>What follows ".digits", or <paramref name="s"/> itself when it has no fraction; a '.' without digits is left in place.</summary>
    private static ReadOnlySpan<byte> SkipFraction(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty || (s[0] != (byte)'.' && s[0] != (byte)','))
        {
            return s;
        }

        int end = s[1..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') + 1;
        int digits = end == 0 ? s.Length - 1 : end - 1;
        return digits == 0 ? s : s[(digits + 1)..];
    }

    /// <summary>"Z", "+hh:mm" or "+hhmm" (or '-'), as minutes east of UTC.</summary>
    private static bool TryOffset(ReadOnlySpan<byte> s, out int minutes)
    {
        minutes = 0;
        if (s.Length == 1 && (s[0] | 0x20) == 'z')
        {
            return true;
        }

        if ((s.Length != 5 && s.Length != 6) || (s[0] != '+' && s[0] != '-')
            || (s.Length == 6 && s[3] != ':')
            || !Timestamp.TryDigits(s.Slice(1, 2), out int hours)
            || !Timestamp.TryDigits(s[^2..], out int mins) || hours > 23 || mins > 59)
        {
            return false;
        }

        minutes = (s[0] == '-' ? -1 : 1) * ((hours * 60) + mins);
        return true;
    }
}
