namespace HttpMonitor.Core.Notifications;

/// <summary>
/// <c>"type": "command"</c>: runs a program for each alert, with the alert in environment
/// variables (<see cref="NoticeFormat.Environment"/>). A non-zero exit is a failed delivery.
/// </summary>
public sealed record CommandChannelOptions : NotificationChannelOptions
{
    /// <summary><c>command</c>: the program, a path or a name on PATH; run directly, not through a shell. Required.</summary>
    public required string Command { get; init; }

    /// <summary><c>args</c>: its arguments. The default is none.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];
}
