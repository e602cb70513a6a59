namespace HttpMonitor.Core.Sources;

public enum FollowState
{
    /// <summary>The file does not exist (yet, or any more): waiting for it.</summary>
    Waiting,
    Following,
    /// <summary>The file exists but cannot be read (permissions, I/O): retrying.</summary>
    Failing,
}

/// <summary>What a follower is doing, for the status line.</summary>
public sealed record FollowStatus(string Path, FollowState State, string? Problem = null);
