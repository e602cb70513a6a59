using System.Diagnostics;
using System.Text;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>replay and notify-test stopped by a signal exit 128 + the signal's number (the live modes exit 0: LiveHeadlessTests).</summary>
public sealed class SignalExitCodeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    [InlineData("QUIT", 131)]
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

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void NotifyTest_StoppedBySignal_ExitsWithItsCode(string signal, int exitCode)
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string started = Path.Combine(dir, "started");
        File.WriteAllText(Path.Combine(dir, "config.json"), $$"""
            { "notifications": [{ "type": "command", "command": "/bin/sh",
                "args": ["-c", "touch \"$0\"; exec sleep 60", "{{started}}"], "retries": 0, "timeoutSeconds": 60 }] }
            """);
        using var notifyTest = HttpMonitorProcess.Start(dir, "notify-test");

        // The channel's command runs: the signal handlers were installed before it started.
        var waited = Stopwatch.StartNew();
        while (!File.Exists(started))
        {
            Assert.True(waited.Elapsed < Bound, "the channel's command did not start");
            Thread.Sleep(20);
        }

        Process.Start("kill", $"-{signal} {notifyTest.Id}")!.WaitForExit();

        Assert.True(notifyTest.WaitForExit(Bound), "notify-test did not stop after the signal");
        Assert.Equal(exitCode, notifyTest.ExitCode);
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
