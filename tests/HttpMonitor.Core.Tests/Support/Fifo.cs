using System.Diagnostics;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Named pipes for tests, made by the system's own mkfifo (.NET has no call for it).</summary>
public static class Fifo
{
    public static string Create(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path}: {mkfifo.StandardError.ReadToEnd()}");
        return path;
    }

    /// <summary>
    /// Opens the FIFO for writing, which waits for a reader: lets a reader blocked in its open (or a
    /// test's leftover one) go on. Bounded: fails the test if no reader comes.
    /// </summary>
    public static async Task<FileStream> OpenWriterAsync(string path)
    {
        var open = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0));
        return await open.WaitAsync(Eventually.DefaultTimeout);
    }
}
