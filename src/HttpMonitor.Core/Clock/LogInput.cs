namespace HttpMonitor.Core.Clock;

/// <summary>What moves the live clock: bytes of a source, the end or restart of a source, the wall clock.</summary>
public enum LogInputKind
{
    /// <summary>The next bytes of <see cref="LogInput.Source"/>.</summary>
    Bytes,

    /// <summary>The source will not grow any more (rotated out): a last line without a newline is still a line.</summary>
    EndOfSource,

    /// <summary>The source was truncated and is read again from its start: a held partial line is void.</summary>
    Restart,

    /// <summary>Everything the sources held at start has been read: the wall clock may join in.</summary>
    CaughtUp,

    /// <summary>The wall clock ticked: the clock moves to it, less the tolerance.</summary>
    Tick,

    /// <summary>One whole line of <see cref="LogInput.Origin"/> (a syslog message's body), without its newline.</summary>
    Line,

    /// <summary>A message that carries no line (not syslog): counted as a rejected line.</summary>
    Rejected,
}

/// <summary>One input of the live clock. <see cref="Data"/> is valid only during the call that delivers it.</summary>
/// <param name="Source">Which source (each file read has its own, so a partial line never joins another file's).</param>
/// <param name="Origin">The source's name and vhost, when the run reads several inputs; null: its one input.</param>
public readonly record struct LogInput(LogInputKind Kind, int Source = 0, ArraySegment<byte> Data = default, LogOrigin? Origin = null)
{
    public static LogInput Tick { get; } = new(LogInputKind.Tick);

    public static LogInput CaughtUp { get; } = new(LogInputKind.CaughtUp);
}
