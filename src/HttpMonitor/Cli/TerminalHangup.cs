namespace HttpMonitor.Cli;

/// <summary>
/// Ends the process when the window's terminal hangs up (a closed terminal window, a dropped ssh
/// session, a killed tmux). Terminal.Gui's input loop does not stop on a hung-up terminal: it
/// spins on end-of-file and burns a core forever, and its exit handlers wait for that loop.
/// </summary>
internal static class TerminalHangup
{
    /// <summary>Checks standard input once a second until disposed.</summary>
    public static IDisposable Watch() => new Timer(_ => ExitIfHungUp(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    private static void ExitIfHungUp()
    {
        var input = new PollFd { Fd = 0, Events = Libc.PollIn };
        if (Libc.Poll(ref input, 1, 0) == 1 && (input.Revents & Libc.PollHangUp) != 0)
        {
            // Nobody is left to read a summary, and a clean exit would wait on the spinning loop.
            Libc.Exit(ExitCodes.Ok);
        }
    }
}
