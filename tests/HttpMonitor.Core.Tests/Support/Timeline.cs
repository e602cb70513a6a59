using System.Globalization;
using System.Reactive;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using Microsoft.Reactive.Testing;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Recorded events flattened to short readable strings, so a test asserts a whole timeline at once.</summary>
public static class Timeline
{
    public static long Seconds(double s) => (long)Math.Round(s * TimeSpan.TicksPerSecond);

    /// <summary>"12s stats 0-10 hits=3", "121s traffic triggered 1201", …; per-second events only when asked.</summary>
    public static List<string> Of(ITestableObserver<MonitorEvent> observer, bool withSeconds = false) =>
        observer.Messages
            .Where(m => m.Value.Kind != NotificationKind.OnNext || Shown(m.Value.Value, withSeconds))
            .Select(m => $"{Format(m.Time)}s {Describe(m.Value, Some.Start)}")
            .ToList();

    /// <summary>The events a timeline shows: windows and alerts, and with <paramref name="withSeconds"/> the closed seconds.</summary>
    public static bool Shown(MonitorEvent e, bool withSeconds = false) =>
        e is WindowStats or AlertEvent or Gap || (withSeconds && e is ClosedSecond);

    public static string Describe(Notification<MonitorEvent> n, DateTimeOffset origin) => n.Kind switch
    {
        NotificationKind.OnCompleted => "completed",
        NotificationKind.OnError => "error " + n.Exception!.Message,
        _ => Describe(n.Value, origin),
    };

    /// <summary>An event with its times in seconds since <paramref name="origin"/>.</summary>
    public static string Describe(MonitorEvent e, DateTimeOffset origin) => e switch
    {
        ClosedSecond { Count: > 1 } q => $"quiet {Since(q.Start, origin)}-{Since(q.Time, origin)}",
        ClosedSecond s => $"second {Since(s.Start, origin)} hits={s.Tally.Hits}",
        Gap g => $"gap {Since(g.Start, origin)}-{Since(g.End, origin)} windows={g.Windows}",
        WindowStats w => $"stats {Since(w.Start, origin)}-{Since(w.End, origin)}{(w.Partial ? " partial" : "")} hits={w.Hits}",
        AlertEvent a => $"{Since(a.At, origin)} {a.Rule.Name} {a.State.ToString().ToLowerInvariant()} {(a.Rule.Seed == SeedAlert.None ? a.ValueText : SomeAlerts.Count(a))}",
        TrafficProfile p => $"profile{(p.Final ? " final" : "")}",
        _ => e.ToString(),
    };

    private static string Since(DateTimeOffset t, DateTimeOffset origin) => Format(t.UtcTicks - origin.UtcTicks);

    private static string Format(long ticks) =>
        (ticks / (double)TimeSpan.TicksPerSecond).ToString("0.###", CultureInfo.InvariantCulture);
}
