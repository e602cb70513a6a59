using System.Diagnostics;
using System.Globalization;
using System.Text;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>
/// When standard output cannot be written, in every mode and format: a reader that went away
/// (`| head`) stops the program at once with 141 and not a word; any other failure (a full disk)
/// is one line on stderr naming the problem, and exit 1.
/// </summary>
public sealed class ClosedOutputTests
{
    private const string DiskFull = "httpmonitor: writing standard output failed: No space left on device";

    /// <summary>Enough runs to catch the race between the reader's close and the program's last writes.</summary>
    private const int Runs = 20;

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void Replay_ReaderClosesThePipe_StopsQuietlyWith141()
    {
        var (exitCode, stderr, _) = ReadOneLineAndClose(["replay", LongLog(TimeSpan.FromDays(1)), "--output", "jsonl"]);

        Assert.Equal((141, ""), (exitCode, stderr));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("text")]
    public void Replay_ReaderClosesThePipeNearTheEnd_141AndSilentEveryTime(string format)
    {
        // An hour's output is more than the pipe and the output buffer hold, but not by much: the
        // reader is often gone only when the summary and the last buffer are written.
        string log = LongLog(TimeSpan.FromHours(1));

        for (int run = 0; run < Runs; run++)
        {
            var (exitCode, stderr, _) = ReadOneLineAndClose(["replay", log, "--output", format]);

            Assert.Equal((run, 141, ""), (run, exitCode, stderr));
        }
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("text")]
    public void Live_ReaderClosesThePipe_141AtOnceAndSilentEveryTime(string format)
    {
        // Three minutes of lines up to now: windows at once, then the next one in 10 s.
        string log = LongLog(TimeSpan.FromMinutes(3), DateTimeOffset.UtcNow.AddMinutes(-3));

        for (int run = 0; run < Runs; run++)
        {
            var (exitCode, stderr, took) = ReadOneLineAndClose(["--no-ui", "--log", log, "--from-start", "--output", format]);

            Assert.Equal((run, 141, ""), (run, exitCode, WithoutFollowNotices(stderr)));
            Assert.True(took < TimeSpan.FromSeconds(5), $"run {run}: exited {took} after its reader went away");
        }
    }

    [Theory]
    [InlineData("replay", "jsonl")]
    [InlineData("replay", "text")]
    [InlineData("live", "jsonl")]
    [InlineData("live", "text")]
    public void DiskFull_OneLineNamingTheProblem_AndExit1(string mode, string format)
    {
        string log = LongLog(TimeSpan.FromMinutes(3), DateTimeOffset.UtcNow.AddMinutes(-3));
        string args = mode == "replay" ? $"replay '{log}'" : $"--no-ui --log '{log}' --from-start";

        var (exitCode, stderr) = ShellBounded($"exec dotnet '{HttpMonitorProcess.Dll}' {args} --output {format} > /dev/full");

        Assert.Equal((1, DiskFull + "\n"), (exitCode, WithoutFollowNotices(stderr)));
    }

    [Fact]
    public void Help_DiskFull_OneLineNamingTheProblem_AndExit1()
    {
        var (exitCode, stderr) = ShellBounded($"exec dotnet '{HttpMonitorProcess.Dll}' --help > /dev/full");

        Assert.Equal((1, DiskFull + "\n"), (exitCode, stderr));
    }

    [Fact]
    public void NotifyTest_DiskFull_OneLineNamingTheProblem_AndExit1()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "config.json"), """{ "notifications": [{ "type": "command", "command": "/bin/true" }] }""");

        var (exitCode, stderr) = ShellBounded($"cd '{dir}' && exec dotnet '{HttpMonitorProcess.Dll}' notify-test > /dev/full");

        Assert.Equal((1, DiskFull + "\n"), (exitCode, stderr));
    }

    /// <summary>Reads the program's first line, like `| head -1`, and closes the pipe.</summary>
    /// <returns>The exit code, stderr, and how long the program took to exit after the pipe was closed.</returns>
    private static (int ExitCode, string Stderr, TimeSpan Took) ReadOneLineAndClose(string[] args)
    {
        using var process = HttpMonitorProcess.Start(null, args);
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            Assert.NotNull(process.StandardOutput.ReadLine());
            process.StandardOutput.Close();
            var closed = Stopwatch.StartNew();
            Assert.True(process.WaitForExit(Bound), "still running after its reader went away");
            var took = closed.Elapsed;
            return (process.ExitCode, stderr.Result, took);
        }
        finally
        {
            KillIfRunning(process);
        }
    }

    private static (int ExitCode, string Stderr) ShellBounded(string command)
    {
        var shell = new ProcessStartInfo("sh")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory.CreateTempSubdirectory().FullName, // no config.json
        };
        shell.ArgumentList.Add("-c");
        shell.ArgumentList.Add(command);
        using var process = Process.Start(shell)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            Assert.True(process.WaitForExit(Bound), "still running: " + command);
            return (process.ExitCode, stderr.Result);
        }
        finally
        {
            KillIfRunning(process);
        }
    }

    /// <summary>Stderr without the notices live monitoring always gives: what it follows and that it reads it.</summary>
    private static string WithoutFollowNotices(string stderr) =>
        string.Concat(stderr.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("httpmonitor: following ", StringComparison.Ordinal)
            && !l.StartsWith("httpmonitor: reading ", StringComparison.Ordinal)).Select(l => l + "\n"));

    private static void KillIfRunning(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>A log of <paramref name="length"/>, a line a second from <paramref name="start"/> (a day in 2026 by default).</summary>
    private static string LongLog(TimeSpan length, DateTimeOffset? start = null)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "access.log");
        var from = start ?? new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var text = new StringBuilder();
        for (int s = 0; s < (int)length.TotalSeconds; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"10.0.0.{s % 250} - - [{from.AddSeconds(s):dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /a/{s % 7} HTTP/1.1\" 200 {s}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
