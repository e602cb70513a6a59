using System.Reactive.Concurrency;
using System.Reactive.Linq;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Profile;

namespace HttpMonitor.Core.Pipeline;

public static partial class MonitorObservable
{
    /// <summary>
    /// The whole monitor: entries (delivered at their effective time on <paramref name="scheduler"/>)
    /// become closed seconds, statistics windows, alerts and the traffic profile, in the order they happen.
    /// </summary>
    /// <remarks>
    /// At one instant the order is fixed: the closed second, then the window it closes (with the
    /// profile so far), then the traffic alert, then the errors alert; at end of input the partial
    /// window, then the final profile. <paramref name="options"/> may change while the monitor runs;
    /// each evaluation uses the latest value.
    /// </remarks>
    /// <param name="geo">Countries for the traffic profile, or null for none.</param>
    public static IObservable<MonitorEvent> ToMonitorEvents(
        this IObservable<LogEntry> entries, IObservable<MonitorOptions> options, IScheduler scheduler, GeoDatabase? geo = null) =>
        entries.Select(e => EntryCounter.Of(e)).ToMonitorEvents(options, scheduler, geo);

    /// <summary>The whole monitor on entries summed by the clock driver (see <see cref="Clock.LogClock"/>).</summary>
    public static IObservable<MonitorEvent> ToMonitorEvents(
        this IObservable<EntryCounts> counts, IObservable<MonitorOptions> options, IScheduler scheduler, GeoDatabase? geo = null) =>
        Observable.Defer(() =>
        {
            var profile = new ProfileAccumulator(geo);

            // The seconds are subscribed to first: counts that arrive as a window closes count after it closed.
            return counts.Publish(shared => Observable.Merge(
                shared.ToSecondTotals(scheduler).Publish(seconds => Observable.Merge<MonitorEvent>(
                    seconds,
                    seconds.ToWindowStats(options).SelectMany(w => WindowThenProfile(w, profile)),
                    seconds.ToTrafficAlerts(options),
                    seconds.ToErrorAlerts(options))),
                shared.ToProfile(profile, scheduler)));
        });

    /// <summary>Each closed window carries its top clients and is followed by the profile so far.</summary>
    private static MonitorEvent[] WindowThenProfile(WindowStats window, ProfileAccumulator profile)
    {
        var withClients = window with { Clients = profile.TakeWindowClients() };
        return window.Partial ? [withClients] : [withClients, profile.Snapshot(window.End, final: false)];
    }

    /// <summary>Folds the counts into the profile; at end of input, reports the final profile.</summary>
    private static IObservable<MonitorEvent> ToProfile(this IObservable<EntryCounts> counts, ProfileAccumulator profile, IScheduler scheduler) =>
        counts
            .Do(c => profile.Add(c.Profile))
            .IgnoreElements()
            .Select(_ => (MonitorEvent)null!)
            .Concat(Observable.Defer(() => Observable.Return<MonitorEvent>(profile.Snapshot(scheduler.Now, final: true))));
}
