using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Metrics;

/// <summary>--listen as a user runs it: the real program, scraped over loopback.</summary>
public sealed partial class MetricsEndToEndTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Listen_FollowingALog_MetricsCountItsLines()
    {
        string stamp = DateTimeOffset.UtcNow.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
        string log = NewLog(string.Concat(Enumerable.Range(0, 7).Select(i => $"1.2.3.4 - - [{stamp}] \"GET /a/{i} HTTP/1.1\" {(i < 5 ? 200 : 503)} 10\n")));
        using var monitor = Running("--no-ui", "--log", log, "--from-start", "--tolerance", "0", "--listen", "127.0.0.1:0");

        string scrape = "";
        await WaitUntil(async () => (scrape = await Client.GetStringAsync(monitor.Url("/metrics"))).Contains("status_class=\"5xx\"} 2", StringComparison.Ordinal));

        Assert.Contains("httpmonitor_requests_total{section=\"/a\",status_class=\"1xx-3xx\"} 5\n", scrape, StringComparison.Ordinal);
        Assert.Contains("httpmonitor_log_lines_total{result=\"accepted\"} 7\n", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listen_Healthz_OnceTheLogIsRead_Is200()
    {
        string log = NewLog("");
        using var monitor = Running("--no-ui", "--log", log, "--listen", "127.0.0.1:0");
        await WaitUntil(() => Task.FromResult(monitor.Stderr.Contains("reading " + log, StringComparison.Ordinal)));

        using var response = await Client.GetAsync(monitor.Url("/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Listen_Healthz_OfSeveralLogs_SaysTheOneThatIsMissing()
    {
        string present = NewLog("");
        string missing = Path.Combine(Path.GetDirectoryName(present)!, "not-yet.log");
        using var monitor = Running("--no-ui", "--log", present, "--log", missing, "--listen", "127.0.0.1:0");
        await WaitUntil(() => Task.FromResult(monitor.Stderr.Contains("reading " + present, StringComparison.Ordinal)));

        using var response = await Client.GetAsync(monitor.Url("/healthz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal($"waiting for {missing} to appear", (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Replay_WithListen_ServesTheLastWindowAsJsonlWroteIt_UntilASignal()
    {
        var start = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        // Timed lines: the window's latency objects are compared too.
        string log = NewLog(string.Concat(Enumerable.Range(0, 25).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"1.2.3.4 - - [{start.AddSeconds(i):dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /s{i % 3}/x HTTP/1.1\" {(i % 4 == 0 ? 404 : 200)} {i} {i * 0.013:0.000}\n"))));
        using var monitor = Running("replay", log, "--output", "jsonl", "--listen", "127.0.0.1:0",
            "--format", "nginx:$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent $request_time");
        await WaitUntil(() => Task.FromResult(monitor.Stderr.Contains("serving its final state", StringComparison.Ordinal)));

        using var state = JsonDocument.Parse(await Client.GetStringAsync(monitor.Url("/api/state")));
        string stdout = monitor.Stop("TERM");

        string lastStats = stdout.Split('\n').Last(l => l.StartsWith("{\"type\":\"stats\"", StringComparison.Ordinal));
        Assert.Contains("\"latency\":", lastStats, StringComparison.Ordinal);
        Assert.Equal(lastStats, state.RootElement.GetProperty("window").GetRawText());
        Assert.Equal(25, state.RootElement.GetProperty("summary").GetProperty("accepted").GetInt64());
        Assert.Equal(0, monitor.ExitCode);
    }

    [Fact]
    public void Listen_PortInUse_OneLineAndExit2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        string at = taken.LocalEndpoint.ToString()!;

        var result = HttpMonitorProcess.Run(null, "--no-ui", "--log", NewLog(""), "--listen", at);

        Assert.Equal((2, $"httpmonitor: cannot listen on {at}: the port is in use by another program; choose another port (--listen, or \"listen\" in config.json)\n"), (result.ExitCode, result.Stderr));
    }

    [Fact]
    public void Listen_NotAnAddress_OneLineAndExit2()
    {
        var result = HttpMonitorProcess.Run(null, "replay", NewLog(""), "--listen", "9464");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("httpmonitor: --listen (listen): must be ADDRESS:PORT, :PORT (on 127.0.0.1) or [IPv6]:PORT, e.g. :9464 or 0.0.0.0:9464, not \"9464\"\n", result.Stderr);
    }

    private static string NewLog(string content)
    {
        string log = Path.Combine(Directory.CreateTempSubdirectory("httpmonitor-metrics").FullName, "access.log");
        File.WriteAllText(log, content);
        return log;
    }

    private static Served Running(params string[] args) => new(HttpMonitorProcess.Start(null, args));

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Bound, "condition not met in time");
            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"serving metrics at http://([^/]+)/metrics")]
    private static partial Regex ServingAt();

    /// <summary>The program running with --listen: where it serves, what it said, and its stop.</summary>
    private sealed class Served : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _stderr = new();
        private readonly Task<string> _stdout;

        public Served(Process process)
        {
            _process = process;
            _process.ErrorDataReceived += (_, e) =>
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            };
            _process.BeginErrorReadLine();
            _stdout = _process.StandardOutput.ReadToEndAsync();
            WaitUntil(() => Task.FromResult(ServingAt().IsMatch(Stderr))).GetAwaiter().GetResult();
            Address = ServingAt().Match(Stderr).Groups[1].Value;
        }

        public string Address { get; }

        public int ExitCode => _process.ExitCode;

        public string Stderr
        {
            get
            {
                lock (_stderr)
                {
                    return _stderr.ToString();
                }
            }
        }

        public string Url(string path) => $"http://{Address}{path}";

        /// <summary>Signals it and waits for its end; its whole standard output.</summary>
        public string Stop(string signal)
        {
            Process.Start("kill", $"-{signal} {_process.Id}")!.WaitForExit();
            Assert.True(_process.WaitForExit(Bound), "still running after the signal");
            return _stdout.Result;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }
}
