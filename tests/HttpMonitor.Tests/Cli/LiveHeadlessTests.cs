using System.Diagnostics;
using System.Text;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

public sealed class LiveHeadlessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Signal_PrintsTheSummaryAndExits0(string signal)
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string log = Path.Combine(dir, "access.log");
        File.WriteAllText(log, "1.2.3.4 - - [02/Jan/2026:03:04:00 +0000] \"GET /x HTTP/1.1\" 200 10\nnot a log line\n");

        using var monitor = Start("--no-ui", "--log", log, "--from-start", "--output", "jsonl");
        var stderr = new StringBuilder();
        monitor.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        monitor.BeginErrorReadLine();
        WaitUntil(() => { lock (stderr) return stderr.ToString().Contains("reading " + log); });

        Process.Start("kill", $"-{signal} {monitor.Id}")!.WaitForExit();
        var stopped = Stopwatch.StartNew();
        string stdout = monitor.StandardOutput.ReadToEnd();
        Assert.True(monitor.WaitForExit(TimeSpan.FromSeconds(5)));

        Assert.True(stopped.Elapsed < TimeSpan.FromSeconds(2), $"took {stopped.Elapsed}");
        Assert.Equal(0, monitor.ExitCode);
        Assert.EndsWith("""{"type":"summary","lines":2,"accepted":1,"rejected":1}""", stdout.Trim());
    }

    [Fact]
    public void MissingLog_SaysItIsWaiting_AndPicksTheFileUpWhenItAppears()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string log = Path.Combine(dir, "later.log");
        using var monitor = Start("--no-ui", "--log", log, "--output", "jsonl");
        var stderr = new StringBuilder();
        monitor.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        monitor.BeginErrorReadLine();

        WaitUntil(() => { lock (stderr) return stderr.ToString().Contains($"waiting for {log} to appear"); });
        File.WriteAllText(log, "1.2.3.4 - - [02/Jan/2026:03:04:00 +0000] \"GET /x HTTP/1.1\" 200 10\n");
        WaitUntil(() => { lock (stderr) return stderr.ToString().Contains("reading " + log); });

        Process.Start("kill", $"-INT {monitor.Id}")!.WaitForExit();
        string stdout = monitor.StandardOutput.ReadToEnd();
        monitor.WaitForExit();
        Assert.Contains("\"accepted\":1", stdout); // a file that appears later is read from its start
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Directory.CreateTempSubdirectory().FullName,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "httpmonitor.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
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
