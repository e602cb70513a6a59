using System.Runtime.InteropServices;

namespace HttpMonitor.Cli;

/// <summary>
/// Ends the process when the window's terminal hangs up (a closed terminal window, a dropped ssh
/// session, a killed tmux). Terminal.Gui's input loop does not stop on a hung-up terminal: it
/// spins on end-of-file and burns a core forever, and its exit handlers wait for that loop.
/// </summary>
internal static partial class TerminalHangup
{
    private const short PollIn = 0x1;
    private const short PollHup = 0x10;

    /// <summary>Checks standard input once a second until disposed.</summary>
    public static IDisposable Watch() => new Timer(_ => ExitIfHungUp(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    private static void ExitIfHungUp()
    {
        var input = new PollFd { Fd = 0, Events = PollIn };
        if (Poll(ref input, 1, 0) == 1 && (input.Revents & PollHup) != 0)
        {
            // Nobody is left to read a summary, and a clean exit would wait on the spinning loop.
            Exit(ExitCodes.Ok);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "poll")]
    private static partial int Poll(ref PollFd fds, uint count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "_exit")]
    private static partial void Exit(int status);
}
