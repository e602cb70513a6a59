using System.Runtime.InteropServices;

namespace HttpMonitor.Cli;

/// <summary>The C library's calls the command line makes itself, where .NET's streams and console do something else.</summary>
internal static partial class Libc
{
    public const short PollIn = 0x1;
    public const short PollOut = 0x4;
    public const short PollError = 0x8;
    public const short PollHangUp = 0x10;

    /// <summary>errno EINTR: a signal came during the call; make it again.</summary>
    public const int Interrupted = 4;

    /// <summary>errno EAGAIN: a descriptor in non-blocking mode cannot take more for now.</summary>
    public const int WouldBlock = 11;

    /// <summary>errno EPIPE: the pipe's reader has gone.</summary>
    public const int BrokenPipe = 32;

    /// <returns>The bytes written, or -1 with the error in <see cref="Marshal.GetLastPInvokeError"/>.</returns>
    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, ReadOnlySpan<byte> buffer, nuint count);

    /// <returns>1 when <paramref name="fd"/> has news (its <see cref="PollFd.Revents"/>), 0 after the timeout, -1 on an error.</returns>
    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(ref PollFd fd, uint count, int timeoutMs);

    /// <summary>Waits until a non-blocking <paramref name="fd"/> can take more (or has failed: the next write says how).</summary>
    public static void WaitUntilWritable(int fd)
    {
        var poll = new PollFd { Fd = fd, Events = PollOut };
        Poll(ref poll, 1, -1);
    }

    /// <summary>Ends the process at once, without running exit handlers.</summary>
    [LibraryImport("libc", EntryPoint = "_exit")]
    public static partial void Exit(int status);
}
