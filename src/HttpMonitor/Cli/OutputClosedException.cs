namespace HttpMonitor.Cli;

/// <summary>Standard output cannot be written: its reader closed the pipe (<see cref="ReaderGone"/>), or the write failed (a full disk).</summary>
/// <param name="problem">What the system said (strerror), e.g. "No space left on device".</param>
internal sealed class OutputClosedException(bool readerGone, string problem) : IOException(problem)
{
    public bool ReaderGone { get; } = readerGone;
}
