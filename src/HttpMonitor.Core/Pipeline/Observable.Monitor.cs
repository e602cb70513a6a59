using System.Reactive.Concurrency;
using System.Reactive.Linq;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Pipeline;

public static partial class MonitorObservable
{
    /// <summary>
    /// The whole monitor: entries (delivered at their effective time on <paramref name="scheduler"/>)
    /// become closed seconds, statistics windows and alerts, in the order they happen.
    /// </summary>
    /// <remarks>
    /// At one instant the order is fixed: the closed second, then the window it closes,
    /// then the traffic alert, then the errors alert. <paramref name="options"/> may change
    /// while the monitor runs; each evaluation uses the latest value.
    /// </remarks>
    public static IObservable<MonitorEvent> ToMonitorEvents(
        this IObservable<LogEntry> entries, IObservable<MonitorOptions> options, IScheduler scheduler) =>
        entries.ToSecondTotals(scheduler).ToMonitorEvents(options);

    /// <summary>The whole monitor on entries summed by the clock driver (see <see cref="Clock.LogClock"/>).</summary>
    public static IObservable<MonitorEvent> ToMonitorEvents(
        this IObservable<EntryCounts> counts, IObservable<MonitorOptions> options, IScheduler scheduler) =>
        counts.ToSecondTotals(scheduler).ToMonitorEvents(options);

    /// <summary>Closed seconds with the windows and alerts they cause, in the order they happen.</summary>
    public static IObservable<MonitorEvent> ToMonitorEvents(this IObservable<SecondTotals> seconds, IObservable<MonitorOptions> options) =>
        seconds.Publish(s => Observable.Merge<MonitorEvent>(
            s,
            s.ToWindowStats(options),
            s.ToTrafficAlerts(options),
            s.ToErrorAlerts(options)));
}
