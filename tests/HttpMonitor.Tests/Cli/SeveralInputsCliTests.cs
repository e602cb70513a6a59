using System.Globalization;
using System.Text.Json;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>The command line of issue 20: --log -, several replayed files, --syslog's errors.</summary>
public sealed class SeveralInputsCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("httpmonitor-inputs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Line(DateTimeOffset at, string target = "/x") =>
        string.Create(CultureInfo.InvariantCulture, $"1.2.3.4 - - [{at:dd/MMM/yyyy:HH:mm:ss} +0000] \"GET {target} HTTP/1.1\" 200 10");

    private static JsonElement Summary(HttpMonitorProcess.Result result) => JsonDocument.Parse(result.StdoutLines[^1]).RootElement;

    [Fact]
    public void LogStandardInput_EndOfInput_EndsTheRunWithTheSummary()
    {
        var now = DateTimeOffset.UtcNow;

        var result = HttpMonitorProcess.Run($"{Line(now)}\n{Line(now)}\nnot a line\n{Line(now)}", "--log", "-", "--output", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal((4L, 3L, 1L), (Summary(result).GetProperty("lines").GetInt64(), Summary(result).GetProperty("accepted").GetInt64(), Summary(result).GetProperty("rejected").GetInt64()));
    }

    [Fact]
    public void ReplaySeveralFiles_ReadInTheOrderGiven_ALastLineWithoutNewlineEndsAtItsFile()
    {
        var start = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        string a = Path.Combine(_dir, "a.log");
        string b = Path.Combine(_dir, "b.log");
        File.WriteAllText(a, $"{Line(start)}\n{Line(start.AddSeconds(20))}"); // no newline at its end
        File.WriteAllText(b, $"{Line(start.AddSeconds(5))}\n");

        var result = HttpMonitorProcess.Run(null, "replay", a, b, "--output", "jsonl", "--stats-interval", "10");

        Assert.Equal(0, result.ExitCode);
        var hits = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).Where(o => o.GetProperty("type").GetString() == "stats")
            .Select(o => o.GetProperty("hits").GetInt64());
        // b's line, read after a's, counts at the clock's time (20 s), not in the first window.
        Assert.Equal([1L, 0L, 2L], hits);
        Assert.Equal(3, Summary(result).GetProperty("accepted").GetInt64());
    }

    [Fact]
    public void LogTwice_FollowsBoth_TheSummaryNamesThem()
    {
        string a = Path.Combine(_dir, "a.log");
        string b = Path.Combine(_dir, "b.log");
        File.WriteAllText(a, "");
        File.WriteAllText(b, "");

        var result = HttpMonitorProcess.Run(Line(DateTimeOffset.UtcNow) + "\n", "--log", a, "--log", b, "--log", "-", "--output", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([a, b, "-"], Summary(result).GetProperty("inputs").EnumerateArray().Select(i => i.GetString()));
        Assert.Contains($"following {a}, {b}, -", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("514", "--syslog (syslog): must be udp://HOST:PORT or tcp://HOST:PORT")]
    [InlineData("udp://example.com:5514", "--syslog (syslog): must be udp://HOST:PORT or tcp://HOST:PORT")]
    public void BadSyslog_IsOneLineAndExit2(string url, string expected)
    {
        var result = HttpMonitorProcess.Run(null, "--syslog", url, "--no-ui");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"httpmonitor: {expected}", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("--log", "a.log", "--bogus")]
    [InlineData("replay", "a.log", "--bogus")]
    public void MistypedOptionAfterAList_IsAnErrorNotAFile(params string[] args)
    {
        var result = HttpMonitorProcess.Run(null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\"--bogus\" is not an option here (see --help)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SyslogPortInUse_IsOneLineAndExit2()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        string url = $"tcp://{taken.LocalEndpoint}";

        var result = HttpMonitorProcess.Run(null, "--syslog", url, "--no-ui");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"httpmonitor: cannot listen for syslog on {url}: the port is in use by another program (a syslog daemon?); choose another port (--syslog, or \"syslog\" in config.json)", result.Stderr.Trim());
    }
}
