using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// Decides, for one channel, which alerts become notices: rules, severities and states it wants, the minimum
/// duration before a trigger is sent, and reminders while an alert stays triggered.
/// </summary>
/// <remarks>
/// Time is the monitor's clock as the events carry it: every closed second is an event, so a
/// delayed trigger or a reminder is sent at the first second at or after it is due. An alert
/// whose trigger was held back and that recovers before <see cref="NotificationChannelOptions.MinDuration"/>
/// sends nothing at all; a recovery is sent only when its trigger qualified. Each trigger,
/// recovery and reminder is sent at most once.
/// </remarks>
public sealed class NoticeGate(NotificationChannelOptions channel)
{
    private readonly Dictionary<string, Tracked> _triggered = new(StringComparer.Ordinal); // by rule name
    private WindowStats? _window;

    public IEnumerable<Notice> On(MonitorEvent e)
    {
        var notices = new List<Notice>();
        if (e is WindowStats w)
        {
            _window = w;
        }

        Due(e.Time, notices);
        if (e is AlertEvent a && channel.Wants(a.Rule))
        {
            if (a.State == AlertState.Triggered)
            {
                _triggered[a.Rule.Name] = new Tracked(a);
                Due(e.Time, notices);
            }
            else
            {
                Recovered(a, notices);
            }
        }

        return notices;
    }

    private void Recovered(AlertEvent a, List<Notice> notices)
    {
        bool qualified = channel.MinDuration <= TimeSpan.Zero;
        if (_triggered.Remove(a.Rule.Name, out var tracked))
        {
            if (!tracked.Qualified && a.Duration >= channel.MinDuration)
            {
                Qualify(tracked, a.At, notices);
            }

            qualified = tracked.Qualified;
        }

        if (qualified && channel.States.Contains(AlertState.Recovered))
        {
            notices.Add(new Notice(NoticeKind.Alert, a.At, a, _window));
        }
    }

    private void Due(DateTimeOffset now, List<Notice> notices)
    {
        foreach (var tracked in _triggered.Values.OrderBy(t => t.Trigger.At).ToList())
        {
            if (!tracked.Qualified)
            {
                if (now - tracked.Trigger.At >= channel.MinDuration)
                {
                    Qualify(tracked, now, notices);
                }
            }
            else if (channel.RenotifyInterval is { } every
                && channel.States.Contains(AlertState.Triggered)
                && now - tracked.LastSent >= every)
            {
                tracked.LastSent = now;
                notices.Add(new Notice(NoticeKind.Reminder, now, tracked.Trigger, _window));
            }
        }
    }

    private void Qualify(Tracked tracked, DateTimeOffset now, List<Notice> notices)
    {
        tracked.Qualified = true;
        tracked.LastSent = now;
        if (channel.States.Contains(AlertState.Triggered))
        {
            notices.Add(new Notice(NoticeKind.Alert, tracked.Trigger.At, tracked.Trigger, _window));
        }
    }

    private sealed class Tracked(AlertEvent trigger)
    {
        public AlertEvent Trigger { get; } = trigger;

        public bool Qualified { get; set; }

        public DateTimeOffset LastSent { get; set; }
    }
}
