namespace HttpMonitor.Core.Clock;

/// <summary>Hits and errors of one hour of one weekday (<see cref="WeekdayHour"/> = day * 24 + hour, Sunday first), as the log wrote the time.</summary>
public readonly record struct HourCount(int WeekdayHour, long Hits, long Errors)
{
    public int Hour => WeekdayHour % 24;

    public int Weekday => WeekdayHour / 24;
}
