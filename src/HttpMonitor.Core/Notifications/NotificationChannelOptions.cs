using HttpMonitor.Core.Alerts;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// One entry of <c>notifications</c> in config.json: where alerts go, which of them, and how
/// delivery is retried. The settings below are shared by every <c>type</c>.
/// </summary>
public abstract record NotificationChannelOptions
{
    /// <summary><c>name</c>: how messages and failures name the channel. The default is the type and its target, e.g. "webhook hooks.slack.com".</summary>
    public required string Name { get; init; }

    /// <summary><c>alerts</c>: the names of the alert rules sent (<c>traffic</c>, <c>errors</c> for the default rules). The default is every rule: null.</summary>
    public IReadOnlySet<string>? Alerts { get; init; }

    /// <summary><c>severities</c>: the severities sent, <c>warning</c> and/or <c>critical</c>. The default is both.</summary>
    public IReadOnlySet<AlertSeverity> Severities { get; init; } = new HashSet<AlertSeverity> { AlertSeverity.Warning, AlertSeverity.Critical };

    /// <summary>Whether this channel wants <paramref name="rule"/>'s alerts.</summary>
    public bool Wants(AlertRule rule) => (Alerts is null || Alerts.Contains(rule.Name)) && Severities.Contains(rule.Severity);

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
