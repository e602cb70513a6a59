using System.Diagnostics;
using System.Text;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>A replay stopped by a signal exits 128 + the signal's number, after its summary.</summary>
public sealed class ReplaySignalTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    public async Task Replay_StoppedBySignal_ExitsWithItsCodeAfterTheSummary(string signal, int exitCode)
    {
        using var replay = HttpMonitorProcess.Start(null, "replay", "-", "--output", "jsonl");
        var stdout = replay.StandardOutput.ReadToEndAsync();
        var stderr = replay.StandardError.ReadToEndAsync();

        // More than a pipe holds: once written, the replay is reading, so its signal handlers are in place.
        replay.StandardInput.Write(Lines(20_000));
        replay.StandardInput.Flush();
        Process.Start("kill", $"-{signal} {replay.Id}")!.WaitForExit();
        KeepFeedingUntilExit(replay);

        Assert.Equal(exitCode, replay.ExitCode);
        Assert.Contains("\"type\":\"summary\"", await stdout);
        Assert.Contains("replay interrupted", await stderr);
    }

    /// <summary>A replay blocked on an empty pipe notices the stop with the next line it reads.</summary>
    private static void KeepFeedingUntilExit(Process replay)
    {
        var waited = Stopwatch.StartNew();
        while (!replay.WaitForExit(TimeSpan.FromMilliseconds(20)))
        {
            Assert.True(waited.Elapsed < Bound, "the replay did not stop after the signal");
            try
            {
                replay.StandardInput.Write(Lines(1));
                replay.StandardInput.Flush();
            }
            catch (IOException)
            {
                // It exited between the check and the write.
            }
        }
    }

    private static string Lines(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append("1.2.3.4 - - [02/Jan/2026:03:04:05 +0000] \"GET /api/orders HTTP/1.1\" 200 1234\n");
        }

        return text.ToString();
    }
}
