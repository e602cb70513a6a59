using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Notifications;

/// <summary>One message for the channels.</summary>
/// <param name="At">When it is sent, on the monitor's clock: the alert's time, or the reminder's.</param>
/// <param name="Alert">The alert (for a reminder, its trigger); null for a test.</param>
/// <param name="Window">The latest closed statistics window, for its top sections; null before the first.</param>
public sealed record Notice(NoticeKind Kind, DateTimeOffset At, AlertEvent? Alert, WindowStats? Window)
{
    public static Notice Test(DateTimeOffset at) => new(NoticeKind.Test, at, null, null);

    /// <summary>Names this notice for receivers that drop repeats (the webhook's <c>Idempotency-Key</c>).</summary>
    public string Id => Alert is null
        ? $"test-{At.ToUnixTimeSeconds()}"
        : $"{Alert.Rule.Name}-{(Kind == NoticeKind.Reminder ? "reminder" : NoticeFormat.StateName(Alert.State))}-{At.ToUnixTimeSeconds()}";
}
