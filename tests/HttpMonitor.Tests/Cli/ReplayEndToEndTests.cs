using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HttpMonitor.Testing;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

public sealed class ReplayEndToEndTests
{
    [Theory]
    [InlineData("nielsbasjes_hackers-access.log", 3456, 0)]
    [InlineData("nasa_aug95_partial_aman-panchal.log", 1930, 89)]
    public void Replay_SharedLog_Jsonl_FollowsTheSchemaAndTheInvariant(string file, long lines, long rejected)
    {
        var result = HttpMonitorProcess.Run(null, "replay", TestData.Path(file), "--output", "jsonl");

        Assert.Equal(0, result.ExitCode);
        var objects = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var summary = objects[^1];
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        Assert.Equal(lines, summary.GetProperty("lines").GetInt64());
        Assert.Equal(rejected, summary.GetProperty("rejected").GetInt64());
        Assert.Equal(lines, summary.GetProperty("accepted").GetInt64() + summary.GetProperty("rejected").GetInt64());

        var stats = objects.Where(o => o.GetProperty("type").GetString() == "stats").ToList();
        Assert.Equal(lines - rejected, stats.Sum(s => s.GetProperty("hits").GetInt64())); // every accepted line in one window
        Assert.All(stats, CheckStats);
        Assert.All(stats.SkipLast(1), s => Assert.False(s.GetProperty("partial").GetBoolean()));
        Assert.True(stats[^1].GetProperty("partial").GetBoolean());
        // Windows, and gaps of two or more empty windows, tile time without a hole.
        var tiles = objects.Where(o => o.GetProperty("type").GetString() is "stats" or "gap").ToList();
        Assert.All(tiles.Zip(tiles.Skip(1)), pair => Assert.Equal(pair.First.GetProperty("end").GetString(), pair.Second.GetProperty("start").GetString()));
    }

    [Fact]
    public void Replay_GzipFile_AndStandardInput_GiveTheSameOutputAsThePlainFile()
    {
        string log = TestData.Path("nielsbasjes_hackers-access.log");
        string gz = Path.Combine(Directory.CreateTempSubdirectory().FullName, "access.log.gz");
        using (var target = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        {
            target.Write(File.ReadAllBytes(log));
        }

        var plain = HttpMonitorProcess.Run(null, "replay", log, "--output", "jsonl");
        var zipped = HttpMonitorProcess.Run(null, "replay", gz, "--output", "jsonl");
        var piped = HttpMonitorProcess.Run(File.ReadAllText(log), "replay", "-", "--output", "jsonl");

        Assert.Equal(plain.Stdout, zipped.Stdout);
        Assert.Equal(plain.Stdout, piped.Stdout);
    }

    [Fact]
    public void Replay_Alerts_HaveTheExactMessagesAndFields()
    {
        var log = new StringBuilder();
        var t = new DateTimeOffset(2026, 1, 2, 3, 4, 0, TimeSpan.FromHours(1));
        for (int i = 0; i < 12; i++)
        {
            log.Append(CultureInfo.InvariantCulture, $"1.2.3.4 - - [{t:dd/MMM/yyyy:HH:mm:ss} +0100] \"GET /api/x HTTP/1.1\" 500 10\n");
        }

        var result = HttpMonitorProcess.Run(log.ToString(), "replay", "-", "--output", "jsonl", "--traffic-threshold", "0.05");
        var alerts = result.StdoutLines.Where(l => l.Contains("\"alert\"")).ToList();

        Assert.Equal(
            [
                """{"type":"alert","alert":"traffic","state":"triggered","time":"2026-01-02T02:04:01Z","hits":12,"average":0.1,"threshold":0.05,"message":"High traffic generated an alert - hits = 12, triggered at 2026-01-02T02:04:01Z"}""",
                """{"type":"alert","alert":"errors","state":"triggered","time":"2026-01-02T02:04:01Z","errors":12,"threshold":10,"message":"High error rate generated an alert - errors = 12, triggered at 2026-01-02T02:04:01Z"}""",
            ],
            alerts);
    }

    [Fact]
    public void Replay_Text_ShowsTheWindowTableAndEscapesControlCharacters()
    {
        string line = "1.2.3.4 - - [02/Jan/2026:03:04:00 +0000] \"GET /evil\u001b[2J/x HTTP/1.1\" 200 10\n";

        var result = HttpMonitorProcess.Run(line, "replay", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.Contains("/evil\\x1b[2J", result.Stdout);
        Assert.Contains("summary: 1 line read, 1 accepted, 0 rejected", result.Stdout);
    }

    private static void CheckStats(JsonElement s)
    {
        foreach (string key in new[] { "hits", "errors4xx", "errors5xx", "bytes" })
        {
            Assert.Equal(JsonValueKind.Number, s.GetProperty(key).ValueKind);
        }

        Assert.EndsWith("Z", s.GetProperty("start").GetString());
        var sections = s.GetProperty("sections").EnumerateArray().ToList();
        Assert.True(sections.Count <= 10);
        Assert.Equal(sections.OrderByDescending(x => x.GetProperty("hits").GetInt64()).ThenBy(x => x.GetProperty("section").GetString(), StringComparer.Ordinal).Select(x => x.GetProperty("section").GetString()), sections.Select(x => x.GetProperty("section").GetString()));
        Assert.All(sections, x => Assert.Equal(JsonValueKind.Object, x.GetProperty("heaviest").ValueKind));
    }

    [Fact]
    public void Replay_Directory_OneLineAndExit2()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;

        var (exitCode, _, stderr) = RunBounded("replay", dir);

        Assert.Equal((2, $"httpmonitor: replay: {dir} is a directory, not a log file\n"), (exitCode, stderr));
    }

    [Fact]
    public void Replay_Device_OneLineAndExit2()
    {
        var (exitCode, _, stderr) = RunBounded("replay", "/dev/zero");

        Assert.Equal((2, "httpmonitor: replay: /dev/zero is a device, not a log file\n"), (exitCode, stderr));
    }

    [Fact]
    public async Task Replay_Fifo_GivesTheSameOutputAsThePlainFile()
    {
        string log = TestData.Path("nielsbasjes_hackers-access.log");
        string fifo = Path.Combine(Directory.CreateTempSubdirectory().FullName, "access.log");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var writer = Task.Run(() =>
        {
            using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Write); // waits for the replay to open it
            pipe.Write(File.ReadAllBytes(log));
        });

        var piped = RunBounded("replay", fifo, "--output", "jsonl");
        var plain = HttpMonitorProcess.Run(null, "replay", log, "--output", "jsonl");

        await writer.WaitAsync(TimeSpan.FromSeconds(30)); // throws if the replay never opened the FIFO
        Assert.Equal((0, plain.Stdout), (piped.ExitCode, piped.Stdout));
    }

    [Fact]
    public async Task Replay_FifoWithAnIdleWriter_InterruptedAtOnceWithTheSummary()
    {
        string fifo = Path.Combine(Directory.CreateTempSubdirectory().FullName, "access.log");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        using var replay = HttpMonitorProcess.Start(null, "replay", fifo, "--output", "jsonl");
        var stdout = replay.StandardOutput.ReadToEndAsync();
        try
        {
            await using var writer = await Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromSeconds(30));
            await WaitUntil(() => KernelWaits.Any(replay.Id, KernelWaits.PipeRead)); // open, and waiting for a line

            Process.Start("kill", $"-INT {replay.Id}")!.WaitForExit();

            Assert.True(replay.WaitForExit(TimeSpan.FromSeconds(2)), "still reading 2 s after Ctrl+C");
            Assert.Equal(130, replay.ExitCode);
            Assert.EndsWith("""{"type":"summary","lines":0,"accepted":0,"rejected":0,"ignored":0,"future":0,"format":"auto"}""", (await stdout).Trim());
        }
        finally
        {
            if (!replay.HasExited)
            {
                replay.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "condition not met in time");
            await Task.Delay(20);
        }
    }

    /// <summary>Runs to its end, but no longer than 30 s: a replay that should have refused to start is killed and fails the test.</summary>
    private static (int ExitCode, string Stdout, string Stderr) RunBounded(params string[] args)
    {
        using var process = HttpMonitorProcess.Start(null, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        bool exited = process.WaitForExit(TimeSpan.FromSeconds(30));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.True(exited, "still running: " + string.Join(' ', args));
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

public sealed class ReplayProfileTests
{
    [Fact]
    public void Replay_Jsonl_EndsWithTheProfileBeforeTheSummary()
    {
        string db = TestData.Path("geoip/GeoLite2-Country-Test.mmdb");
        string log = "81.2.69.160 - - [02/Jan/2026:03:04:00 +0000] \"GET /x HTTP/1.1\" 200 10\n"
            + "2001:218::1 - - [02/Jan/2026:04:04:00 +0000] \"GET /x HTTP/1.1\" 404 10\n";

        var result = HttpMonitorProcess.Run(log, "replay", "-", "--output", "jsonl", "--geoip", db);

        var profile = JsonDocument.Parse(result.StdoutLines[^2]).RootElement;
        Assert.Equal("profile", profile.GetProperty("type").GetString());
        Assert.Equal(24, profile.GetProperty("hours").GetArrayLength());
        Assert.Equal(1, profile.GetProperty("hours")[3].GetInt64());
        Assert.Equal(1, profile.GetProperty("errorsByHour")[4].GetInt64());
        Assert.Equal("""[{"country":"GB","hits":1,"errors":0},{"country":"JP","hits":1,"errors":1}]""", profile.GetProperty("countries").GetRawText());
        Assert.Equal("2001:218::1", profile.GetProperty("clients")[0].GetProperty("client").GetString());
    }

    [Fact]
    public void Replay_CorruptGeoipDatabase_IsReported_AndTheReplayRunsOnWithoutCountries()
    {
        string broken = Path.Combine(Directory.CreateTempSubdirectory().FullName, "broken.mmdb");
        File.WriteAllBytes(broken, File.ReadAllBytes(TestData.Path("geoip/GeoLite2-Country-Test.mmdb"))[..5000]);

        var result = HttpMonitorProcess.Run("1.2.3.4 - - [02/Jan/2026:03:04:00 +0000] \"GET /x HTTP/1.1\" 200 10\n", "replay", "-", "--output", "jsonl", "--geoip", broken);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"httpmonitor: geoip: {broken}: cannot be used as a GeoIP database", result.Stderr);
        Assert.DoesNotContain("countries", result.StdoutLines[^2]);
        Assert.Contains("\"accepted\":1", result.StdoutLines[^1]);
    }
}
