using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>--format and logFormat, tried as a new user would: a pasted log_format, a JSON log without --format, a wrong format.</summary>
public sealed class FormatOptionTests
{
    private const string NginxConf = """
        log_format timed '$host $remote_addr - $remote_user [$time_local] "$request" '
                         '$status $body_bytes_sent "$http_referer" "$http_user_agent" $request_time';
        """;

    [Theory]
    [InlineData("apache:%h %Z %t \"%r\" %>s", "httpmonitor: --format (logFormat): apache format, position 11: %Z is not an Apache LogFormat directive")]
    [InlineData("nginx:'$remote_addr [$time_local] \"$request\" $status", "httpmonitor: --format (logFormat): nginx format, position 7: this ' is never closed")]
    [InlineData("nginx:$remote_addr \"$request\" $status", "httpmonitor: --format (logFormat): nginx format: it has no time: a line is read only with $time_local, $time_iso8601 or $msec")]
    [InlineData("jsonl", "httpmonitor: --format (logFormat): unknown log format \"jsonl\": use auto, combined, common,")]
    public void BadFormat_ExitsWith2_WithOneLineSayingWhereAndWhy(string format, string message)
    {
        var result = HttpMonitorProcess.Run("", "replay", "-", "--format", format);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void BadLogFormatInConfig_ExitsWith2_NamingTheKey()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "config.json"), """{ "logFormat": "apache:%t %r %Q" }""");

        var result = HttpMonitorProcess.RunIn(dir, "", "replay", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("logFormat: apache format, position 14: %Q is not an Apache LogFormat directive", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_PastedNginxLogFormat_CountsEveryLinePerVhost()
    {
        string log = NginxLines("www.example.com", "api.example.com", "www.example.com");

        var result = HttpMonitorProcess.Run(log, "replay", "-", "--output", "jsonl", "--format", "nginx:" + NginxConf);

        var objects = Objects(result);
        Assert.Equal((0, 3L, 0L, "nginx"), (result.ExitCode, Summary(objects).GetProperty("accepted").GetInt64(), Summary(objects).GetProperty("rejected").GetInt64(), Summary(objects).GetProperty("format").GetString()));
        var vhosts = objects.Single(o => o.GetProperty("type").GetString() == "stats").GetProperty("vhosts");
        Assert.Equal(["www.example.com 2", "api.example.com 1"], vhosts.EnumerateArray().Select(v => $"{v.GetProperty("vhost").GetString()} {v.GetProperty("hits").GetInt64()}"));
    }

    [Fact]
    public void Replay_JsonLogWithoutFormat_IsDetected()
    {
        string log = """{"time_local":"30/Nov/2026:06:42:45 +0000","remote_addr":"127.0.0.1","request":"GET /a HTTP/1.1","status":"200","body_bytes_sent":"6","host":"www.example.com"}""" + "\n";

        var result = HttpMonitorProcess.Run(log, "replay", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("summary: 1 line read, 1 accepted, 0 rejected, 0 alert events; format json (detected)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("www.example.com", result.Stdout, StringComparison.Ordinal); // the window's vhosts
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Replay_WrongFormat_SaysOnStderrThatMostLinesAreRejected_AndHowToSayTheFormat()
    {
        string log = NginxLines("a.example", "b.example");

        var result = HttpMonitorProcess.Run(log, "replay", "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("httpmonitor: replay: 2 of the 2 lines read were rejected: they are not json lines. The first: a.example 10.0.0.1 - - [", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Name the log's format with --format (auto, combined,", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_WrongFormat_SaysOnceOnStderrThatMostLinesAreRejected()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string log = Path.Combine(dir, "access.log");
        File.WriteAllText(log, NginxLines([.. Enumerable.Repeat("a.example", 25)]));
        using var monitor = HttpMonitorProcess.Start(null, "--no-ui", "--log", log, "--from-start", "--format", "json");
        var stderr = new StringBuilder();
        monitor.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        monitor.BeginErrorReadLine();

        SpinWait.SpinUntil(() => Said(stderr), TimeSpan.FromSeconds(30));
        Process.Start("kill", $"-TERM {monitor.Id}")!.WaitForExit();
        Assert.True(monitor.WaitForExit(TimeSpan.FromSeconds(30)));
        monitor.WaitForExit(); // the stderr reader has drained
        lock (stderr)
        {
            Assert.Single(stderr.ToString().Split('\n'), l => l.Contains("were rejected", StringComparison.Ordinal));
            Assert.Contains("httpmonitor: 10 of the 10 lines read were rejected: they are not json lines. The first: a.example 10.0.0.1", stderr.ToString(), StringComparison.Ordinal);
        }
    }

    private static bool Said(StringBuilder stderr)
    {
        lock (stderr)
        {
            return stderr.ToString().Contains("were rejected", StringComparison.Ordinal);
        }
    }

    /// <summary>Lines of the "timed" format above, one per vhost, a second apart.</summary>
    private static string NginxLines(params string[] vhosts) =>
        string.Concat(vhosts.Select((vhost, i) => string.Create(CultureInfo.InvariantCulture,
            $"{vhost} 10.0.0.1 - - [30/Nov/2026:06:42:{i % 60:00} +0000] \"GET /a/{i} HTTP/1.1\" 200 {i} \"-\" \"curl/8.5.0\" 0.00{i % 10}\n")));

    private static List<JsonElement> Objects(HttpMonitorProcess.Result result) =>
        [.. result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement)];

    private static JsonElement Summary(List<JsonElement> objects) => objects.Single(o => o.GetProperty("type").GetString() == "summary");
}
