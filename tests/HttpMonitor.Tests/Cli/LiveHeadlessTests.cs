using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

public sealed class LiveHeadlessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How soon a signal must end the monitor: it takes well under a second on a quiet machine; the
    /// bound leaves room for a CI machine busy with the other tests (the faults it catches took minutes).
    /// </summary>
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [InlineData("QUIT")]
    public void Signal_PrintsTheSummaryAndExits0(string signal)
    {
        // Stamped now: the live clock has no gap to catch up (that case is the next test).
        string stamp = DateTimeOffset.UtcNow.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var (monitor, log) = StartOn($"1.2.3.4 - - [{stamp}] \"GET /x HTTP/1.1\" 200 10\nnot a log line\n", "--output", "jsonl");

        var (stdout, took) = Stop(monitor, signal);

        Assert.True(took < StopBound, $"took {took}");
        Assert.Equal(0, monitor.ExitCode);
        Assert.EndsWith("""{"type":"summary","lines":2,"accepted":1,"rejected":1,"ignored":0,"future":0,"format":"combined"}""", stdout.Trim());
    }

    [Fact]
    public void Stop_InsideTheFirstWindow_GivesThePartialWindowTheProfileAndTheSummary()
    {
        string stamp = DateTimeOffset.UtcNow.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var (monitor, _) = StartOn($"1.2.3.4 - - [{stamp}] \"GET /x HTTP/1.1\" 200 10\n5.6.7.8 - - [{stamp}] \"GET /y HTTP/1.1\" 404 10\n", "--output", "jsonl");

        var (stdout, _) = Stop(monitor, "TERM");

        var objects = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var window = objects.Single(o => o.GetProperty("type").GetString() == "stats");
        var profile = objects.Single(o => o.GetProperty("type").GetString() == "profile");
        Assert.True(window.GetProperty("partial").GetBoolean());
        Assert.Equal(2, window.GetProperty("hits").GetInt64());
        Assert.Equal(2, profile.GetProperty("hours").EnumerateArray().Sum(h => h.GetInt64())); // the profile counts what the summary counts
        Assert.Equal("summary", objects[^1].GetProperty("type").GetString());
        Assert.Equal(2, objects[^1].GetProperty("accepted").GetInt64());
    }

    [Fact]
    public void LineStampedHoursAhead_CountsAsNow_AndTheSummarySaysSo()
    {
        string now = DateTimeOffset.UtcNow.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
        string ahead = DateTimeOffset.UtcNow.AddHours(3).ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var (monitor, _) = StartOn($"1.2.3.4 - - [{ahead}] \"GET /x HTTP/1.1\" 200 10\n1.2.3.4 - - [{now}] \"GET /y HTTP/1.1\" 200 10\n", "--output", "jsonl");

        var (stdout, _) = Stop(monitor, "TERM");

        // Both lines in the one (partial) window: the clock did not leap three hours.
        Assert.Contains("\"partial\":true,\"hits\":2,", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"gap\"", stdout, StringComparison.Ordinal);
        Assert.EndsWith("""{"type":"summary","lines":2,"accepted":2,"rejected":0,"ignored":0,"future":1,"format":"combined"}""", stdout.Trim());
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void LineFromYear9999_WhileFollowing_CountsAsNow_AndASignalStillStopsAtOnce(string signal)
    {
        var (monitor, _) = StartOn("1.2.3.4 - - [01/Jan/9999:00:00:00 +0000] \"GET /x HTTP/1.1\" 200 10\n", "--output", "jsonl");

        var (stdout, took) = Stop(monitor, signal);

        Assert.True(took < StopBound, $"took {took}");
        Assert.Equal(0, monitor.ExitCode);
        Assert.EndsWith("""{"type":"summary","lines":1,"accepted":1,"rejected":0,"ignored":0,"future":1,"format":"combined"}""", stdout.Trim());
    }

    [Fact]
    public void Signal_WhileTheClockCatchesUpYears_StopsAtOnce()
    {
        // A line from 2000: the live clock has 26 years of empty seconds and windows to report before
        // it reaches the wall clock, minutes of work. It does so an hour at a time, so a stop (and the
        // summary, which waits for the output) is not held up until it is done.
        var (monitor, _) = StartOn("1.2.3.4 - - [01/Jan/2000:00:00:00 +0000] \"GET /x HTTP/1.1\" 200 10\n", "--output", "jsonl");

        var (stdout, took) = Stop(monitor, "TERM");

        Assert.True(took < StopBound, $"took {took}");
        Assert.Equal(0, monitor.ExitCode);
        Assert.EndsWith("""{"type":"summary","lines":1,"accepted":1,"rejected":0,"ignored":0,"future":0,"format":"combined"}""", stdout.Trim());
    }

    /// <summary>Starts following a new log holding <paramref name="content"/> from its start, once it is being read.</summary>
    private static (Process Monitor, string Log) StartOn(string content, params string[] args)
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string log = Path.Combine(dir, "access.log");
        File.WriteAllText(log, content);

        var monitor = HttpMonitorProcess.Start(null, ["--no-ui", "--log", log, "--from-start", .. args]);
        var stderr = new StringBuilder();
        monitor.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        monitor.BeginErrorReadLine();
        WaitUntil(() => { lock (stderr) return stderr.ToString().Contains("reading " + log); });
        return (monitor, log);
    }

    /// <summary>Sends the signal; the monitor's whole output, and how long it took to end after the signal.</summary>
    private static (string Stdout, TimeSpan Took) Stop(Process monitor, string signal)
    {
        // Read as it comes (a full pipe would stall the monitor), keeping the last lines only.
        var tail = new Queue<string>();
        var reading = Task.Run(() =>
        {
            while (monitor.StandardOutput.ReadLine() is { } line)
            {
                tail.Enqueue(line);
                if (tail.Count > 3)
                {
                    tail.Dequeue();
                }
            }
        });
        Process.Start("kill", $"-{signal} {monitor.Id}")!.WaitForExit();
        var stopped = Stopwatch.StartNew();
        bool exited = monitor.WaitForExit(TimeSpan.FromSeconds(30));
        var took = stopped.Elapsed;
        if (!exited)
        {
            monitor.Kill(entireProcessTree: true); // a failed test leaves nothing running behind it
        }

        Assert.True(exited, "still running 30 s after the signal");
        reading.Wait();
        return (string.Join('\n', tail), took);
    }

    [Fact]
    public void MissingLog_SaysItIsWaiting_AndPicksTheFileUpWhenItAppears()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string log = Path.Combine(dir, "later.log");
        using var monitor = HttpMonitorProcess.Start(null, "--no-ui", "--log", log, "--output", "jsonl");
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

    [Theory]
    [InlineData("directory")]
    [InlineData("device")]
    [InlineData("missing directory")]
    public void Log_NotAFileThatCanBeFollowed_OneLineAndExit2(string what)
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string missing = Path.Combine(dir, "nope");
        var (log, message) = what switch
        {
            "directory" => (dir, $"{dir} is a directory, not a log file"),
            "device" => ("/dev/zero", "/dev/zero is a device, not a log file"),
            _ => (Path.Combine(missing, "access.log"), $"{Path.Combine(missing, "access.log")}: the directory {missing} does not exist; check the path"),
        };

        var (exitCode, _, stderr) = RunBounded("--no-ui", "--log", log);

        Assert.Equal((2, $"httpmonitor: {message}\n"), (exitCode, stderr));
    }

    [Fact]
    public void Fifo_WithoutAWriter_StopsOnSignalWithTheSummary()
    {
        string fifo = MakeFifo();
        using var monitor = HttpMonitorProcess.Start(null, "--no-ui", "--log", fifo, "--output", "jsonl");
        try
        {
            var stderr = new StringBuilder();
            monitor.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
            monitor.BeginErrorReadLine();
            WaitUntil(() => { lock (stderr) return stderr.ToString().Contains("following " + fifo); });
            WaitUntil(() => KernelWaits.Any(monitor.Id, KernelWaits.FifoOpen));

            var (stdout, took) = Stop(monitor, "TERM");

            Assert.True(took < StopBound, $"took {took}");
            Assert.Equal(0, monitor.ExitCode);
            Assert.EndsWith("""{"type":"summary","lines":0,"accepted":0,"rejected":0,"ignored":0,"future":0,"format":"auto"}""", stdout.Trim());
        }
        finally
        {
            KillIfRunning(monitor);
        }
    }

    [Fact]
    public async Task Fifo_ReadAsAStream_UntilItsWritersCloseIt()
    {
        string fifo = MakeFifo();
        using var monitor = HttpMonitorProcess.Start(null, "--no-ui", "--log", fifo, "--output", "jsonl");
        try
        {
            var stdout = monitor.StandardOutput.ReadToEndAsync();
            var writer = Task.Run(() => WriteAndClose(fifo, StampedNow("/a") + "not a log line\n")); // waits for the monitor to open it
            await writer.WaitAsync(Bound); // throws if the monitor never opened the FIFO

            Assert.True(monitor.WaitForExit(Bound), "still running after the FIFO was closed");
            Assert.Equal(0, monitor.ExitCode);
            Assert.EndsWith("""{"type":"summary","lines":2,"accepted":1,"rejected":1,"ignored":0,"future":0,"format":"combined"}""", (await stdout).Trim());
        }
        finally
        {
            KillIfRunning(monitor);
        }
    }

    [Fact]
    public async Task DevStdin_AsTheLog_ReadAsAStream()
    {
        using var monitor = HttpMonitorProcess.Start(null, "--no-ui", "--log", "/dev/stdin", "--output", "jsonl");
        try
        {
            var stdout = monitor.StandardOutput.ReadToEndAsync();
            monitor.StandardInput.Write(StampedNow("/a") + StampedNow("/b"));
            monitor.StandardInput.Close();

            Assert.True(monitor.WaitForExit(Bound), "still running after standard input was closed");
            Assert.Equal(0, monitor.ExitCode);
            Assert.EndsWith("""{"type":"summary","lines":2,"accepted":2,"rejected":0,"ignored":0,"future":0,"format":"combined"}""", (await stdout).Trim());
        }
        finally
        {
            KillIfRunning(monitor);
        }
    }

    /// <summary>A log line stamped now: the live clock has no gap to catch up.</summary>
    private static string StampedNow(string path) =>
        $"1.2.3.4 - - [{DateTimeOffset.UtcNow.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture)}] \"GET {path} HTTP/1.1\" 200 10\n";

    private static void WriteAndClose(string fifo, string text)
    {
        using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        writer.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string MakeFifo()
    {
        string fifo = Path.Combine(Directory.CreateTempSubdirectory().FullName, "access.log");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        Assert.True(File.Exists(fifo), "mkfifo failed");
        return fifo;
    }

    /// <summary>Runs to its end, but no longer than <see cref="Bound"/>: a monitor that should have refused to start is killed and fails the test.</summary>
    private static (int ExitCode, string Stdout, string Stderr) RunBounded(params string[] args)
    {
        using var process = HttpMonitorProcess.Start(null, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        bool exited = process.WaitForExit(Bound);
        KillIfRunning(process);
        Assert.True(exited, "still running: " + string.Join(' ', args));
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static void KillIfRunning(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
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
