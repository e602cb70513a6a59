namespace HttpMonitor.Core.Sources;

/// <summary>What a live run's health and metrics read of the inputs it follows: one file, or several inputs at once.</summary>
public interface IFollowedInputs
{
    /// <summary>Following, or the first input in trouble (waiting for a file, failing to read one).</summary>
    FollowStatus Status { get; }

    /// <summary>Rotations seen, over every followed file.</summary>
    int Rotations { get; }

    /// <summary>Truncations seen, over every followed file.</summary>
    int Truncations { get; }
}
