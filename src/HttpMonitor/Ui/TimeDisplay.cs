using System.Globalization;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Ui;

/// <summary>
/// How the window writes times: in UTC marked Z (the default) or in the local zone unmarked, with
/// the date in front whenever the day shown is not today on the wall clock (a replay, an old log,
/// a window open past midnight). For display only: the monitor's own times stay UTC.
/// </summary>
/// <param name="Zone">UTC, or the zone times are shown in.</param>
/// <param name="Clock">The wall clock that says which day is today.</param>
internal sealed record TimeDisplay(TimeZoneInfo Zone, TimeProvider Clock)
{
    /// <summary>UTC, or the local zone when <see cref="MonitorOptions.LocalTime"/> is set.</summary>
    public static TimeDisplay For(MonitorOptions options, TimeProvider clock) =>
        new(options.LocalTime ? TimeZoneInfo.Local : TimeZoneInfo.Utc, clock);

    private bool IsUtc => Zone == TimeZoneInfo.Utc;

    /// <summary>"20:55:36Z", or "2000-10-10 20:55:36Z" on another day; local: "22:55:36".</summary>
    public string Time(DateTimeOffset t) => Day(t) + Clock24(t) + Suffix;

    /// <summary>A window's start and end: "20:55:30–20:55:40Z", with the start's date on another day.</summary>
    public string Span(DateTimeOffset start, DateTimeOffset end) => Day(start) + Clock24(start) + "–" + Clock24(end) + Suffix;

    private string Suffix => IsUtc ? "Z" : "";

    private string Clock24(DateTimeOffset t) => InZone(t).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private string Day(DateTimeOffset t) =>
        InZone(t).Date == InZone(Clock.GetUtcNow()).Date ? "" : InZone(t).ToString("yyyy-MM-dd ", CultureInfo.InvariantCulture);

    private DateTime InZone(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Zone).DateTime;
}
