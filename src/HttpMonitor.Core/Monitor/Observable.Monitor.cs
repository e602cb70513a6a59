using System.Reactive.Linq;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Monitor;

public static partial class MonitorObservable
{
    /// <summary>
    /// The whole monitor: closed seconds become statistics windows, alerts and the traffic
    /// profile, in the order they happen (see <see cref="MonitorFold"/>).
    /// </summary>
    /// <remarks>
    /// Each second is evaluated with the settings in force when it closes: <paramref name="initial"/>,
    /// then the latest of <paramref name="changes"/>; no second waits for or misses a setting.
    /// Each subscription folds on its own.
    /// </remarks>
    /// <param name="geo">Countries for the traffic profile, or null for none.</param>
    public static IObservable<MonitorEvent> ToMonitorEvents(
        this IObservable<ClosedSecond> seconds, MonitorOptions initial, IObservable<MonitorOptions> changes, GeoDatabase? geo = null) =>
        Observable.Defer(() =>
        {
            var fold = new MonitorFold(geo);
            return seconds
                .WithLatestFrom(changes.StartWith(initial), fold.Next)
                .SelectMany(events => events)
                .Concat(Observable.Defer(() => fold.End().ToObservable()));
        });
}
