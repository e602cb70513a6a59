namespace HttpMonitor.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int RuntimeFailure = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    /// <summary>The reader of standard output went away (`| head`): 128 + SIGPIPE, as a program killed by it.</summary>
    public const int OutputClosed = 141;
}
