namespace HttpMonitor.Core.Notifications;

public enum NoticeKind
{
    /// <summary>An alert triggered or recovered.</summary>
    Alert,

    /// <summary>An alert is still triggered (<see cref="NotificationChannelOptions.RenotifyInterval"/>).</summary>
    Reminder,

    /// <summary><c>httpmonitor notify-test</c>: proves a channel works.</summary>
    Test,
}
