using System.Text;

namespace HttpMonitor.Core.Demo;

/// <summary>Appends demo traffic to a log file every second, as a web server would.</summary>
public sealed class DemoLogWriter(string path, TimeProvider time)
{
    public string Path => path;

    /// <summary>
    /// A writer of a new, empty log in a directory of this run's own (under <c>$XDG_RUNTIME_DIR</c>
    /// when set, else the temporary folder; readable by this user only), so that two demos at once,
    /// or two users on one machine, never share a log. <see cref="DeleteLog"/> removes it.
    /// </summary>
    public static DemoLogWriter InNewDirectory(TimeProvider time)
    {
        string? runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        // CreateTempSubdirectory makes its directory private to the user (0700) on Unix.
        var directory = string.IsNullOrEmpty(runtime) || !Directory.Exists(runtime) || OperatingSystem.IsWindows()
            ? Directory.CreateTempSubdirectory("httpmonitor-demo-")
            : Directory.CreateDirectory(
                System.IO.Path.Combine(runtime, "httpmonitor-demo-" + Guid.NewGuid().ToString("N")[..8]),
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string path = System.IO.Path.Combine(directory.FullName, "access.log");
        File.WriteAllText(path, "");
        return new DemoLogWriter(path, time);
    }

    /// <summary>Removes the log and its directory; a failure to do so is not worth stopping for.</summary>
    public void DeleteLog()
    {
        try
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(path)!, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    public async Task RunAsync(CancellationToken cancel)
    {
        var traffic = new DemoTraffic();
        var start = time.GetLocalNow();
        using var log = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete), new UTF8Encoding(false));
        try
        {
            for (int second = 0; !cancel.IsCancellationRequested; second++)
            {
                foreach (string line in traffic.LinesFor(time.GetLocalNow(), second % DemoTraffic.CycleSeconds))
                {
                    await log.WriteLineAsync(line).ConfigureAwait(false);
                }

                await log.FlushAsync(cancel).ConfigureAwait(false);
                var next = start.AddSeconds(second + 1);
                var wait = next - time.GetLocalNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancel).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
    }
}
