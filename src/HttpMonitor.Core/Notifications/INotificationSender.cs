namespace HttpMonitor.Core.Notifications;

/// <summary>Delivers one notice over one channel's protocol, once: retries and timeouts are the caller's.</summary>
public interface INotificationSender : IDisposable
{
    /// <exception cref="NotificationException">Delivery failed; the reason names what to fix.</exception>
    Task SendAsync(Notice notice, CancellationToken cancel);
}
