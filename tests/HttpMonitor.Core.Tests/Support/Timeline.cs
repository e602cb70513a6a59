using System.Globalization;
using System.Reactive;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Recorded events flattened to short readable strings, so a test asserts a whole timeline at once.</summary>
public static class Timeline
{
    private static readonly DateTimeOffset SchedulerEpoch = new(0, TimeSpan.Zero);

    public static long Seconds(double s) => (long)(s * TimeSpan.TicksPerSecond);

    /// <summary>"12s stats 0-10 hits=3", "121s traffic triggered 1201", …; per-second events only when asked.</summary>
    public static List<string> Of(RecordingObserver<MonitorEvent> observer, bool withSeconds = false) =>
        observer.Messages
            .Where(m => m.Value.Kind != NotificationKind.OnNext || m.Value.Value is not TrafficProfile)
            .Where(m => withSeconds || m.Value.Kind != NotificationKind.OnNext || m.Value.Value is not SecondTotals)
            .Select(m => $"{Format(m.Time)}s {Describe(m.Value, SchedulerEpoch)}")
            .ToList();

    public static string Describe(Notification<MonitorEvent> n, DateTimeOffset origin) => n.Kind switch
    {
        NotificationKind.OnCompleted => "completed",
        NotificationKind.OnError => "error " + n.Exception!.Message,
        _ => Describe(n.Value, origin),
    };

    /// <summary>An event with its times in seconds since <paramref name="origin"/>.</summary>
    public static string Describe(MonitorEvent e, DateTimeOffset origin) => e switch
    {
        SecondTotals s => $"second {Since(s.Start, origin)} hits={s.Hits}",
        WindowStats w => $"stats {Since(w.Start, origin)}-{Since(w.End, origin)}{(w.Partial ? " partial" : "")} hits={w.Hits}",
        AlertEvent a => $"{Since(a.At, origin)} {a.Kind.ToString().ToLowerInvariant()} {a.State.ToString().ToLowerInvariant()} {a.Value}",
        _ => e.ToString(),
    };

    private static string Since(DateTimeOffset t, DateTimeOffset origin) => Format(t.UtcTicks - origin.UtcTicks);

    private static string Format(long ticks) =>
        (ticks / (double)TimeSpan.TicksPerSecond).ToString("0.###", CultureInfo.InvariantCulture);
}
