namespace HttpMonitor.Core.Notifications;

public enum WebhookStyle
{
    /// <summary>The alert object of the jsonl output (SEMANTICS.md).</summary>
    Json,

    /// <summary>A Slack incoming-webhook payload, <c>{"text": message}</c>, with the message shown on screen.</summary>
    Slack,
}
