using HttpMonitor.Core.Demo;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Cli;

/// <summary><c>httpmonitor demo</c>: writes demo traffic to a log of its own and monitors it.</summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(Func<string, CancellationToken, Task<int>> monitor, CancellationToken stop)
    {
        DemoLogWriter writer;
        try
        {
            writer = DemoLogWriter.InNewDirectory(TimeProvider.System);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"httpmonitor: demo: cannot create its log: {e.Message}");
            return ExitCodes.RuntimeFailure;
        }

        Console.Error.WriteLine($"httpmonitor: demo traffic is written to {writer.Path}: a burst fires the traffic alert after about 45 s; it recovers near 2m45s");
        using var stopWriter = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var writing = writer.RunAsync(stopWriter.Token);
        try
        {
            return await monitor(writer.Path, stop).ConfigureAwait(false);
        }
        finally
        {
            await stopWriter.CancelAsync().ConfigureAwait(false);
            await writing.ConfigureAwait(false);
            writer.DeleteLog();
        }
    }

    /// <summary>The demo's settings: the configured ones, on the demo's own log.</summary>
    /// <remarks>
    /// Demo alerts are not real: they are never sent to the notification channels (notify-test checks
    /// those). The demo writes its own log, in the combined format, whatever config.json's logFormat says.
    /// </remarks>
    public static MonitorOptions For(MonitorOptions options, string path) =>
        options with { LogPath = [path], Syslog = null, Notifications = [], LogFormat = Core.Parsing.LogFormats.Combined };
}
