namespace HttpMonitor.Core.Notifications;

/// <summary><c>"type": "webhook"</c>: an HTTP POST of each alert.</summary>
public sealed record WebhookChannelOptions : NotificationChannelOptions
{
    /// <summary><c>url</c>: where to POST, http or https. Required.</summary>
    public required Uri Url { get; init; }

    /// <summary><c>style</c>: the body sent. The default is <see cref="WebhookStyle.Json"/>.</summary>
    public WebhookStyle Style { get; init; } = WebhookStyle.Json;

    /// <summary><c>headers</c>: extra request headers, e.g. <c>Authorization</c>. The default is none.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
