using System.Reactive.Linq;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Pipeline;

public static partial class MonitorObservable
{
    /// <summary>
    /// The traffic alert, evaluated at the end of every closed second over the last
    /// <see cref="MonitorOptions.TrafficAlertInterval"/> seconds: it triggers when hits / interval
    /// is above <see cref="MonitorOptions.AverageTrafficThreshold"/> and recovers at or below it
    /// (or below <see cref="MonitorOptions.TrafficRecoveryThreshold"/> when set).
    /// </summary>
    public static IObservable<AlertEvent> ToTrafficAlerts(this IObservable<SecondTotals> seconds, IObservable<MonitorOptions> options) =>
        seconds.ToAlerts(AlertKind.Traffic, options);

    /// <summary>
    /// The errors alert, evaluated at the end of every closed second: it triggers when the 4xx+5xx
    /// responses of the last <see cref="MonitorOptions.ErrorsAlertInterval"/> seconds exceed
    /// <see cref="MonitorOptions.MaxErrorsThreshold"/> and recovers at or below it.
    /// </summary>
    public static IObservable<AlertEvent> ToErrorAlerts(this IObservable<SecondTotals> seconds, IObservable<MonitorOptions> options) =>
        seconds.ToAlerts(AlertKind.Errors, options);

    private static IObservable<AlertEvent> ToAlerts(this IObservable<SecondTotals> seconds, AlertKind kind, IObservable<MonitorOptions> options) =>
        Observable.Defer(() => seconds
            .WithLatestFrom(options, (second, o) => (second, o))
            .Scan(new SlidingAlert(kind), (alert, x) => alert.Next(x.second, x.o))
            .Select(alert => alert.Event)
            .Where(e => e is not null)
            .Select(e => e!));
}
