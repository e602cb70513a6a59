using System.Text;

namespace HttpMonitor.Core.Demo;

/// <summary>Appends demo traffic to a log file every second, as a web server would.</summary>
public sealed class DemoLogWriter(string path, TimeProvider time)
{
    public static string DefaultPath => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "httpmonitor-demo", "access.log");

    public string Path => path;

    /// <summary>Starts the log afresh (an old demo's lines would be replayed as history otherwise).</summary>
    public void Create()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        File.WriteAllText(path, "");
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
