using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>The Common Log Format's timestamp "dd/MMM/yyyy:HH:mm:ss +hhmm", parsed without allocating; and the instants every time format makes.</summary>
internal static class Timestamp
{
    public const int Length = 26; // "10/Oct/2000:13:55:36 -0700"

    /// <summary>
    /// The first instant not counted: the clock, its seconds and windows must end before .NET's last
    /// instant (10000-01-01), so a line stamped on the last day of year 9999 is rejected.
    /// </summary>
    public static readonly DateTime NotCountedFrom = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private static ReadOnlySpan<byte> Months => "JanFebMarAprMayJunJulAugSepOctNovDec"u8;

    [MethodImpl(HotPath.PerLine)]
    public static bool TryParse(ReadOnlySpan<byte> s, out DateTimeOffset instant)
    {
        instant = default;
        if (s.Length != Length || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':'
            || s[17] != ':' || s[20] != ' ' || (s[21] != '+' && s[21] != '-'))
        {
            return false;
        }

        int month = MonthNumber(s.Slice(3, 3));
        if (month == 0
            || !TryDigits(s.Slice(0, 2), out int day)
            || !TryDigits(s.Slice(7, 4), out int year)
            || !TryDigits(s.Slice(12, 2), out int hour)
            || !TryDigits(s.Slice(15, 2), out int minute)
            || !TryDigits(s.Slice(18, 2), out int second)
            || !TryDigits(s.Slice(22, 2), out int offsetHours)
            || !TryDigits(s.Slice(24, 2), out int offsetMinutes))
        {
            return false;
        }

        int offset = (offsetHours * 60) + offsetMinutes;
        return offsetHours <= 23 && offsetMinutes <= 59
            && TryCompose(year, month, day, hour, minute, second, s[21] == '-' ? -offset : offset, out instant);
    }

    /// <summary>
    /// The instant of a local date and time at <paramref name="offsetMinutes"/> from UTC, with that
    /// offset kept; false for a date that does not exist or an instant not counted (<see cref="NotCountedFrom"/>).
    /// </summary>
    [MethodImpl(HotPath.PerLine)]
    public static bool TryCompose(int year, int month, int day, int hour, int minute, int second, int offsetMinutes, out DateTimeOffset instant)
    {
        instant = default;
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        long utcTicks = local.Ticks - (offsetMinutes * TimeSpan.TicksPerMinute);
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks >= NotCountedFrom.Ticks)
        {
            return false;
        }

        // Keep the log's own offset (the server's local hour matters for time-of-day profiles);
        // instants compare in UTC. An offset .NET cannot hold (over 14 h) is kept as UTC.
        instant = Math.Abs(offsetMinutes) <= 14 * 60
            ? new DateTimeOffset(local, TimeSpan.FromMinutes(offsetMinutes))
            : new DateTimeOffset(utcTicks, TimeSpan.Zero);
        return true;
    }

    private static int MonthNumber(ReadOnlySpan<byte> name)
    {
        for (int m = 0; m < 12; m++)
        {
            if (Months.Slice(m * 3, 3).SequenceEqual(name))
            {
                return m + 1;
            }
        }

        return 0;
    }

    internal static bool TryDigits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (byte b in s)
        {
            if (!LogLineParser.IsDigit(b))
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
