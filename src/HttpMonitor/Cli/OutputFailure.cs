namespace HttpMonitor.Cli;

/// <summary>What every command does when standard output cannot be written.</summary>
internal static class OutputFailure
{
    /// <summary>
    /// A reader that went away (`| head`) ends the program as SIGPIPE would, without a word: that
    /// is what the user asked for. Any other failure (a full disk) is an error: one line naming it.
    /// </summary>
    /// <returns>The exit code: <see cref="ExitCodes.OutputClosed"/> or <see cref="ExitCodes.RuntimeFailure"/>.</returns>
    public static int Report(OutputClosedException e)
    {
        if (e.ReaderGone)
        {
            return ExitCodes.OutputClosed;
        }

        Console.Error.WriteLine($"httpmonitor: writing standard output failed: {e.Message}");
        return ExitCodes.RuntimeFailure;
    }
}
