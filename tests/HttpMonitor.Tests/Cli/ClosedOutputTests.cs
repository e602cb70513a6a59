using System.Diagnostics;
using System.Globalization;
using System.Text;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>When standard output cannot be written: `| head` stops a replay at once; a full disk is an error that says so.</summary>
public sealed class ClosedOutputTests
{
    [Fact]
    public void Replay_ReaderClosesThePipe_StopsQuietlyWith141()
    {
        using var replay = HttpMonitorProcess.Start(null, "replay", LongLog(), "--output", "jsonl");
        Assert.NotNull(replay.StandardOutput.ReadLine()); // like `| head -1`
        replay.StandardOutput.Close();

        Assert.True(replay.WaitForExit(TimeSpan.FromSeconds(30)), "still reading after its reader went away");
        Assert.Equal(141, replay.ExitCode);
        Assert.Equal("", replay.StandardError.ReadToEnd());
    }

    [Fact]
    public void Replay_DiskFull_SaysWritingFailed_AndExits1()
    {
        var shell = new ProcessStartInfo("bash") { RedirectStandardError = true };
        shell.ArgumentList.Add("-c");
        shell.ArgumentList.Add($"dotnet '{HttpMonitorProcess.Dll}' replay '{LongLog()}' --output jsonl > /dev/full");
        using var replay = Process.Start(shell)!;
        string stderr = replay.StandardError.ReadToEnd();
        replay.WaitForExit();

        Assert.Equal(1, replay.ExitCode);
        Assert.StartsWith("httpmonitor: replay: writing the output failed: No space left on device", stderr);
    }

    /// <summary>A log of a day, a line a second: thousands of windows to write.</summary>
    private static string LongLog()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "day.log");
        var start = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var text = new StringBuilder();
        for (int s = 0; s < 86_400; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"10.0.0.{s % 250} - - [{start.AddSeconds(s):dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /a/{s % 7} HTTP/1.1\" 200 {s}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
