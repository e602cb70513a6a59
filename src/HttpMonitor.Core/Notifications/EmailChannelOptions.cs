namespace HttpMonitor.Core.Notifications;

/// <summary><c>"type": "email"</c>: a mail over SMTP for each alert.</summary>
public sealed record EmailChannelOptions : NotificationChannelOptions
{
    /// <summary><c>host</c>: the SMTP server. Required.</summary>
    public required string Host { get; init; }

    /// <summary><c>port</c>: the default is 25 with <c>none</c>, 587 with <c>starttls</c>, 465 with <c>tls</c>.</summary>
    public required int Port { get; init; }

    /// <summary><c>security</c>: the default is <see cref="SmtpSecurity.StartTls"/>.</summary>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.StartTls;

    /// <summary><c>username</c>: log in as this user. The default is no login.</summary>
    public string? Username { get; init; }

    /// <summary><c>password</c>: with <c>username</c>; write <c>${SMTP_PASSWORD}</c> rather than the password itself.</summary>
    public string? Password { get; init; }

    /// <summary><c>from</c>: the sender address. Required.</summary>
    public required string From { get; init; }

    /// <summary><c>to</c>: one or more recipient addresses. Required.</summary>
    public required IReadOnlyList<string> To { get; init; }

    /// <summary><c>top</c>: sections listed in the body. The default is 5.</summary>
    public int Top { get; init; } = 5;
}
