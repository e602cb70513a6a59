using System.Runtime.InteropServices;

namespace HttpMonitor.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int RuntimeFailure = 1;
    public const int UsageError = 2;

    /// <summary>Stopped by SIGHUP (the terminal went away): 128 + 1.</summary>
    public const int HungUp = 129;

    /// <summary>Stopped by SIGINT (Ctrl+C): 128 + 2.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGQUIT (Ctrl+\): 128 + 3.</summary>
    public const int Quit = 131;

    /// <summary>The reader of standard output went away (`| head`): 128 + SIGPIPE, as a program killed by it.</summary>
    public const int OutputClosed = 141;

    /// <summary>Stopped by SIGTERM (kill, systemd, docker stop): 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>The code of a command stopped by <paramref name="signal"/>: 128 + its number, as the shell reports a program killed by it.</summary>
    public static int StoppedBy(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => HungUp,
        PosixSignal.SIGTERM => Terminated,
        PosixSignal.SIGQUIT => Quit,
        _ => Interrupted,
    };
}
