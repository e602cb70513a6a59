using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>The numbers of a log line, read from bytes without allocating: statuses, sizes, durations.</summary>
internal static class Numbers
{
    // More than 18 digits cannot be a size or a duration, and would overflow a long.
    private const int MaxDigits = 18;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    /// <summary>Exactly three digits, 100 to 599.</summary>
    public static bool TryStatus(ReadOnlySpan<byte> s, out int status)
    {
        status = 0;
        if (s.Length != 3 || !IsDigit(s[0]) || !IsDigit(s[1]) || !IsDigit(s[2]))
        {
            return false;
        }

        status = ((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0');
        return status is >= 100 and <= 599;
    }

    /// <summary>Digits only (at most 18).</summary>
    public static bool TryWhole(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        if (s.Length is 0 or > MaxDigits)
        {
            return false;
        }

        foreach (byte b in s)
        {
            if (!IsDigit(b))
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>A byte count: digits, or "-" (and empty) for 0; false for anything else.</summary>
    public static bool TryBytes(ReadOnlySpan<byte> s, out long bytes)
    {
        bytes = 0;
        return LineText.IsAbsent(s) || TryWhole(s, out bytes);
    }

    /// <summary>
    /// A decimal number "[-]digits[.digits]" times 10^<paramref name="scale"/>, the digits past
    /// that truncated: "0.0123" with scale 6 (seconds to microseconds) is 12300; with a negative
    /// scale the whole number is divided ("123456" ns with scale -3 is 123 µs).
    /// </summary>
    [MethodImpl(HotPath.PerLine)]
    public static bool TryScaled(ReadOnlySpan<byte> s, int scale, out long value)
    {
        if (scale < 0)
        {
            bool read = TryScaled(s, 0, out value);
            for (; scale < 0; scale++)
            {
                value /= 10;
            }

            return read;
        }

        // One pass, byte by byte: a duration is a few bytes, where each vectorized search (the dot,
        // then anything but a digit) cost more than the reading (3% of a nginx replay).
        value = 0;
        bool negative = s.Length > 0 && s[0] == (byte)'-';
        int at = negative ? 1 : 0;
        long units = 0;
        for (; at < s.Length && IsDigit(s[at]); at++)
        {
            units = (units * 10) + (s[at] - '0'); // past MaxDigits it may overflow: rejected below
        }

        int wholeDigits = at - (negative ? 1 : 0), fractionDigits = 0;
        if (wholeDigits == 0 || wholeDigits + scale > MaxDigits)
        {
            return false;
        }

        if (at < s.Length)
        {
            if (s[at++] != (byte)'.' || at == s.Length)
            {
                return false;
            }

            for (; at < s.Length; at++, fractionDigits++)
            {
                if (!IsDigit(s[at]))
                {
                    return false;
                }

                units = fractionDigits < scale ? (units * 10) + (s[at] - '0') : units;
            }
        }

        for (int i = fractionDigits; i < scale; i++)
        {
            units *= 10;
        }

        value = negative ? -units : units;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="s"/> reads as a decimal number (what JSON accepts in a string that
    /// "holds a number"): exactly what <see cref="TryScaled"/> reads, -?[0-9]{1,18}(.[0-9]+)?.
    /// </summary>
    public static bool IsNumber(ReadOnlySpan<byte> s) => TryScaled(s, 0, out _);
}
