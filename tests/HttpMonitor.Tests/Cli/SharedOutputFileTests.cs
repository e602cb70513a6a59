using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>
/// Standard output and error sent to one file (<c>&gt; file 2&gt;&amp;1</c>, as nohup, cron and systemd's
/// <c>StandardOutput=file:</c> do): both write at the file's one shared offset, so neither overwrites the other.
/// </summary>
public sealed class SharedOutputFileTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void Live_StdoutAndStderrToOneFile_EveryLineIntact()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string log = Path.Combine(dir, "access.log");
        string output = Path.Combine(dir, "out.txt");
        string stamp = DateTimeOffset.UtcNow.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
        File.WriteAllText(log, $"1.2.3.4 - - [{stamp}] \"GET /x HTTP/1.1\" 200 10\n");
        File.WriteAllText(output, ""); // there to be read before the shell opens it

        // The notices are written first (stderr), the windows and the summary after the signal (stdout).
        using var monitor = Shell($"exec dotnet '{HttpMonitorProcess.Dll}' --no-ui --log '{log}' --from-start --output jsonl > '{output}' 2>&1", dir);
        WaitUntil(() => File.ReadAllText(output).Contains("httpmonitor: reading " + log, StringComparison.Ordinal));
        Process.Start("kill", $"-TERM {monitor.Id}")!.WaitForExit();
        Assert.True(monitor.WaitForExit(Bound), "still running after SIGTERM");

        string[] lines = File.ReadAllText(output).Split('\n');
        Assert.Equal("", lines[^1]); // ends with a whole line
        Assert.Contains($"httpmonitor: following {log} from its start; Ctrl+C to stop", lines);
        Assert.Contains("httpmonitor: reading " + log, lines);
        var objects = lines[..^1].Where(l => !l.StartsWith("httpmonitor: ", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).ToList();
        Assert.Equal(["profile", "summary"], objects.TakeLast(2)); // the partial window before them, once the line was read
    }

    private static Process Shell(string command, string workingDirectory)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardInput = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        return Process.Start(start)!;
    }

    /// <summary>Polls a condition, failing after a bound: never a fixed sleep.</summary>
    private static void WaitUntil(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Bound, "condition not met in time");
            Thread.Sleep(20);
        }
    }
}
