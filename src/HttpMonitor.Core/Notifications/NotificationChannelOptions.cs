using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// One entry of <c>notifications</c> in config.json: where alerts go, which of them, and how
/// delivery is retried. The settings below are shared by every <c>type</c>.
/// </summary>
public abstract record NotificationChannelOptions
{
    /// <summary><c>name</c>: how messages and failures name the channel. The default is the type and its target, e.g. "webhook hooks.slack.com".</summary>
    public required string Name { get; init; }

    /// <summary><c>alerts</c>: the alert kinds sent, <c>traffic</c> and/or <c>errors</c>. The default is both.</summary>
    public IReadOnlySet<AlertKind> Alerts { get; init; } = new HashSet<AlertKind> { AlertKind.Traffic, AlertKind.Errors };

    /// <summary><c>states</c>: the changes sent, <c>triggered</c> and/or <c>recovered</c>. The default is both.</summary>
    public IReadOnlySet<AlertState> States { get; init; } = new HashSet<AlertState> { AlertState.Triggered, AlertState.Recovered };

    /// <summary>
    /// <c>minDurationSeconds</c>: an alert is sent only once it has stayed triggered this long (on the
    /// monitor's clock), so a flapping alert pages no one; its recovery is sent only if its trigger was.
    /// The default is 0: at once.
    /// </summary>
    public TimeSpan MinDuration { get; init; }

    /// <summary><c>renotifySeconds</c>: while an alert stays triggered, a reminder is sent this often. The default is none.</summary>
    public TimeSpan? RenotifyInterval { get; init; }

    /// <summary><c>timeoutSeconds</c>: the longest one delivery attempt may take. The default is 10 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>retries</c>: attempts after the first failed one, with exponential backoff (1 s, 2 s, 4 s, … capped at 60 s). The default is 5.</summary>
    public int Retries { get; init; } = 5;

    /// <summary><c>queueSize</c>: messages waiting for delivery at most; a message that finds the queue full is dropped and reported. The default is 100.</summary>
    public int QueueSize { get; init; } = 100;
}
