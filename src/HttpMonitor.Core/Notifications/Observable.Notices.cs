using System.Reactive.Linq;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Notifications;

public static class NotificationObservable
{
    /// <summary>The notices one channel sends for the monitor's events (see <see cref="NoticeGate"/>).</summary>
    public static IObservable<Notice> ToNotices(this IObservable<MonitorEvent> events, NotificationChannelOptions channel) =>
        Observable.Defer(() =>
        {
            var gate = new NoticeGate(channel);
            return events.SelectMany(gate.On);
        });
}
