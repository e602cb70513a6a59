using System.Globalization;

namespace HttpMonitor.Core.Clock;

/// <summary>The one way times and durations are written, on every renderer.</summary>
public static class TimeFormat
{
    /// <summary>UTC, whole seconds: 2000-10-10T20:55:36Z.</summary>
    public static string Utc(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>UTC time of day, whole seconds: 20:55:36Z.</summary>
    public static string UtcTime(DateTimeOffset t) =>
        t.UtcDateTime.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A window's start and end as UTC times of day: 20:55:30–20:55:40Z.</summary>
    public static string UtcSpan(DateTimeOffset start, DateTimeOffset end) =>
        start.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + "–" + UtcTime(end);

    /// <summary>"45s", "2m 05s", "3h 02m 05s".</summary>
    public static string Duration(TimeSpan d)
    {
        long s = (long)d.TotalSeconds;
        return s switch
        {
            < 60 => $"{s}s",
            < 3600 => $"{s / 60}m {s % 60:00}s",
            _ => $"{s / 3600}h {s / 60 % 60:00}m {s % 60:00}s",
        };
    }
}
