namespace HttpMonitor.Core.Parsing;

/// <summary>Seconds since 1970-01-01 UTC with an optional fraction, as nginx's <c>$msec</c> and Caddy's <c>ts</c> write them; the fraction is truncated.</summary>
internal static class EpochTimestamp
{
    private static readonly long LastSecond = (Timestamp.NotCountedFrom - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;

    public static bool TryParse(ReadOnlySpan<byte> s, out DateTimeOffset instant)
    {
        instant = default;
        if (!Numbers.TryScaled(s, 0, out long seconds) || seconds < 0 || seconds >= LastSecond)
        {
            return false;
        }

        instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }
}
