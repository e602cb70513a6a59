namespace HttpMonitor.Core.Notifications;

/// <summary>A delivery attempt that failed, with a reason a person can act on.</summary>
/// <param name="Permanent">Trying again cannot help (a rejected token, a missing program): no retry.</param>
public sealed class NotificationException(string reason, bool permanent = false, Exception? inner = null) : Exception(reason, inner)
{
    public bool Permanent { get; } = permanent;
}
