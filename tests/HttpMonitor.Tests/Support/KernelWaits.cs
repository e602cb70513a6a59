namespace HttpMonitor.Tests.Support;

/// <summary>
/// Where a process's threads wait in the kernel (Linux's <c>/proc/PID/task/*/wchan</c>): lets a test
/// wait until the program is blocked in an open or read before it signals it, without sleeping.
/// </summary>
public static class KernelWaits
{
    /// <summary>A FIFO's open, waiting for the other end.</summary>
    public const string FifoOpen = "wait_for_partner";

    /// <summary>A read from a pipe or FIFO, waiting for data (named so by newer kernels, pipe_read by older ones).</summary>
    public static readonly string[] PipeRead = ["anon_pipe_read", "pipe_read"];

    /// <summary>The runtime's own threads that wait on pipes of their own.</summary>
    private static readonly string[] s_runtimeThreads = [".NET DebugPipe", ".NET SigHandler"];

    /// <summary>Whether a thread of the program (not of the runtime) waits in one of <paramref name="waits"/>.</summary>
    public static bool Any(int pid, params string[] waits) =>
        Directory.EnumerateDirectories($"/proc/{pid}/task").Any(task =>
        {
            try
            {
                return waits.Contains(File.ReadAllText(Path.Combine(task, "wchan")))
                    && !s_runtimeThreads.Contains(File.ReadAllText(Path.Combine(task, "comm")).Trim());
            }
            catch (IOException)
            {
                return false; // the thread ended meanwhile
            }
        });
}
