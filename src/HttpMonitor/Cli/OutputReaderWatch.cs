using System.Runtime.InteropServices;

namespace HttpMonitor.Cli;

/// <summary>
/// Tells when the reader of standard output went away, before anything is written to it: live
/// monitoring may write nothing for a whole window, and `httpmonitor --no-ui | head -1` should end
/// when head does, not at the next window. A pipe whose reader closed reports POLLERR to its
/// writer; a file or a terminal never does, and the watch then just waits.
/// </summary>
internal static class OutputReaderWatch
{
    private const int Descriptor = 1;

    /// <summary>A token cancelled, on a thread of the watch's own, when the reader has gone.</summary>
    /// <remarks>
    /// The thread waits in poll(2) for as long as the program runs (a background thread: it holds
    /// nothing up), so its token source is never disposed: nothing can cancel it after that.
    /// </remarks>
    public static CancellationToken Start()
    {
        var gone = new CancellationTokenSource();
        new Thread(() => WaitForTheReaderToGo(gone)) { IsBackground = true, Name = "stdout reader watch" }.Start();
        return gone.Token;
    }

    private static void WaitForTheReaderToGo(CancellationTokenSource gone)
    {
        var output = new PollFd { Fd = Descriptor, Events = 0 }; // no events asked: errors and hang-ups are always reported
        int ready;
        do
        {
            ready = Libc.Poll(ref output, 1, -1);
        }
        while (ready == -1 && Marshal.GetLastPInvokeError() == Libc.Interrupted);

        // A hang-up (a terminal) or a descriptor poll cannot watch is left to the writes to tell.
        if (ready == 1 && (output.Revents & Libc.PollError) != 0)
        {
            gone.Cancel();
        }
    }
}
