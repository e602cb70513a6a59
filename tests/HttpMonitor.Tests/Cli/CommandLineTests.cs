using System.Diagnostics;
using System.Text;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--bogus")]
    [InlineData("replay")]
    [InlineData("replay", "x.log", "--output", "xml")]
    [InlineData("replay", "x.log", "--tolerance", "3")]
    [InlineData("replay", "x.log", "--threads", "0")]
    [InlineData("replay", "x.log", "--threads", "two")]
    public void BadUsage_ExitsWith2_AndSaysWhatIsWrong(params string[] args)
    {
        var result = HttpMonitorProcess.Run(null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("httpmonitor: ", result.Stderr);
        Assert.Contains("--help", result.Stderr);
    }

    [Fact]
    public void ReplayThreadsOutOfRange_SaysWhatItTakes()
    {
        var result = HttpMonitorProcess.Run("", "replay", "-", "--threads", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--threads: give auto or a whole number of threads from 1 to 256, not \"0\" (e.g. --threads 2)", result.Stderr);
    }

    [Fact]
    public void ReplayHelp_GivesThreadsDefaultOnce_AsAuto()
    {
        var result = HttpMonitorProcess.Run(null, "replay", "--help");

        string threads = result.Stdout.Split('\n').Single(line => line.TrimStart().StartsWith("--threads", StringComparison.Ordinal));
        Assert.EndsWith("[default: auto]", threads.TrimEnd());
        Assert.Single(threads.Split("[default:").Skip(1));
    }

    [Theory]
    [InlineData("--traffic-window", "0", "httpmonitor: --traffic-window (trafficAlertInterval): must be a whole number of seconds above 0, not 0")]
    [InlineData("--error-window", "-3", "httpmonitor: --error-window (errorsAlertInterval): must be a whole number of seconds above 0, not -3")]
    [InlineData("--traffic-threshold", "-1", "httpmonitor: --traffic-threshold (averageTrafficThreshold): must be a number of at least 0, not -1")]
    public void BadSettingOption_ExitsWith2_WithOneLineNamingIt(string option, string value, string message)
    {
        var result = HttpMonitorProcess.Run("", "replay", "-", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Stderr.Trim());
    }

    [Theory]
    [InlineData("--error-window", "1.5", "httpmonitor: --error-window: must be a whole number of seconds, not \"1.5\"")]
    [InlineData("--traffic-window", "ten", "httpmonitor: --traffic-window: must be a whole number of seconds, not \"ten\"")]
    [InlineData("--top", "5x", "httpmonitor: --top: must be a whole number, not \"5x\"")]
    [InlineData("--traffic-threshold", "lots", "httpmonitor: --traffic-threshold: must be a number, not \"lots\"")]
    public void UnreadableSettingOption_ExitsWith2_WithOneLineInTheUsersTerms(string option, string value, string message)
    {
        var result = HttpMonitorProcess.Run("", "replay", "-", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Stderr.Trim());
    }

    [Theory]
    [InlineData("--refresh", "0.001", "httpmonitor: --refresh (uiRefreshInterval): must be a number of seconds from 0.1 to 60, not 0.001")]
    [InlineData("--tolerance", "100000", "httpmonitor: --tolerance (liveTolerance): must be a number of seconds from 0 to 3600, not 100000")]
    public void LiveOnlyOptionOutOfRange_ExitsWith2_WithOneLineNamingIt(string option, string value, string message)
    {
        var result = HttpMonitorProcess.Run("", "--no-ui", "--log", "/nonexistent/access.log", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Stderr.Trim());
    }

    [Theory]
    [InlineData("", "the file is empty: write {} or the keys to set")]
    [InlineData("{ \"statisticsInterval\": 0 }", "statisticsInterval: must be a whole number of seconds above 0, not 0")]
    [InlineData("{ \"top\": ", "invalid JSON at line 1")]
    [InlineData("{ \"maxErrorsThreshold\": \"ten\" }", "maxErrorsThreshold: must be a number, not \"ten\"")]
    public void BadConfigFile_ExitsWith2_WithOneLineNamingTheKey(string json, string problem)
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "config.json"), json);

        // Picked up from the working directory without --config, and named with --config.
        var implicitConfig = HttpMonitorProcess.RunIn(dir, "", "replay", "-");
        var explicitConfig = HttpMonitorProcess.Run("", "replay", "-", "--config", Path.Combine(dir, "config.json"));

        Assert.Equal((2, 2), (implicitConfig.ExitCode, explicitConfig.ExitCode));
        Assert.Contains(problem, implicitConfig.Stderr);
        Assert.Single(implicitConfig.Stderr.Trim().Split('\n'));
        Assert.Contains(problem, explicitConfig.Stderr);
    }

    [Fact]
    public void ConfigFile_IsOverriddenByOptions()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "config.json"), "{ \"statisticsInterval\": 5 }");
        string line = "1.2.3.4 - - [02/Jan/2026:03:04:00 +0000] \"GET /x HTTP/1.1\" 200 10\n1.2.3.4 - - [02/Jan/2026:03:04:12 +0000] \"GET /x HTTP/1.1\" 200 10\n";

        var fromFile = HttpMonitorProcess.RunIn(dir, line, "replay", "-", "--output", "jsonl");
        var overridden = HttpMonitorProcess.RunIn(dir, line, "replay", "-", "--output", "jsonl", "--stats-interval", "20");

        Assert.Contains("\"end\":\"2026-01-02T03:04:05Z\"", fromFile.Stdout);
        Assert.Contains("\"end\":\"2026-01-02T03:04:13Z\",\"partial\":true", overridden.Stdout);
    }

    [Fact]
    public void RelativeLogPathInConfig_IsFollowedInTheConfigsDirectory()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "config.json"), "{ \"logPath\": \"access.log\" }");
        File.WriteAllText(Path.Combine(dir, "access.log"), "");

        // Run from another directory, where no access.log is.
        using var monitor = HttpMonitorProcess.Start(null, "--config", Path.Combine(dir, "config.json"), "--no-ui");
        string stderr = ReadUntil(monitor, "reading " + Path.Combine(dir, "access.log"));
        Process.Start("kill", $"-INT {monitor.Id}")!.WaitForExit();
        monitor.WaitForExit();

        Assert.Contains("reading " + Path.Combine(dir, "access.log"), stderr);
    }

    [Fact]
    public void OutputOption_WithoutNoUi_RunsHeadlessWithoutTryingTheWindow()
    {
        string log = Path.Combine(Directory.CreateTempSubdirectory().FullName, "access.log");
        File.WriteAllText(log, "1.2.3.4 - - [02/Jan/2026:03:04:00 +0000] \"GET /x HTTP/1.1\" 200 10\n");

        using var monitor = HttpMonitorProcess.Start(null, "--log", log, "--output", "jsonl");
        string stderr = ReadUntil(monitor, "reading " + log);
        Process.Start("kill", $"-INT {monitor.Id}")!.WaitForExit();
        monitor.WaitForExit();

        Assert.DoesNotContain("cannot open the window", stderr);
        Assert.Equal(0, monitor.ExitCode);
    }

    [Fact]
    public void MissingReplayFile_ExitsWith2()
    {
        var result = HttpMonitorProcess.Run(null, "replay", "/nonexistent/access.log");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("httpmonitor: replay: cannot open /nonexistent/access.log", result.Stderr);
    }

    [Theory]
    [InlineData("replay --help", "--tolerance")]
    [InlineData("replay --help", "--refresh")]
    [InlineData("replay --help", "--log")]
    [InlineData("replay --help", "--no-ui")]
    [InlineData("replay --help", "--from-start")]
    [InlineData("notify-test --help", "--output")]
    [InlineData("notify-test --help", "--traffic-threshold")]
    [InlineData("notify-test --help", "--stats-interval")]
    [InlineData("notify-test --help", "--top")]
    [InlineData("notify-test --help", "--geoip")]
    [InlineData("demo --help", "--log")]
    [InlineData("demo --help", "--from-start")]
    [InlineData("demo --help", "--format")]
    [InlineData("notify-test --help", "--format")]
    public void Help_OfACommand_DoesNotListOptionsItIgnores(string args, string ignored)
    {
        var result = HttpMonitorProcess.Run(null, args.Split(' '));

        Assert.DoesNotContain(ignored, OptionsListed(result.Stdout));
    }

    [Theory]
    [InlineData("--help", "--tolerance")]
    [InlineData("--help", "--refresh")]
    [InlineData("--help", "--log")]
    [InlineData("replay --help", "--traffic-threshold")]
    [InlineData("replay --help", "--output")]
    [InlineData("replay --help", "--config")]
    [InlineData("replay --help", "--format")]
    [InlineData("--help", "--format")]
    [InlineData("demo --help", "--refresh")]
    [InlineData("demo --help", "--no-ui")]
    [InlineData("notify-test --help", "--config")]
    public void Help_OfACommand_ListsTheOptionsItUses(string args, string used)
    {
        var result = HttpMonitorProcess.Run(null, args.Split(' '));

        Assert.Contains(used, OptionsListed(result.Stdout));
    }

    [Theory]
    [InlineData("143")]
    [InlineData("129")]
    [InlineData("131 SIGQUIT")]
    [InlineData("window and live monitoring exit 0")]
    [InlineData("implies --no-ui")]
    public void Help_TopLevel_SaysWhatEachModeReturns(string text)
    {
        var result = HttpMonitorProcess.Run(null, "--help");

        Assert.Contains(text, result.Stdout.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help", "httpmonitor --log /var/log/nginx/access.log")]
    [InlineData("notify-test --help", "httpmonitor notify-test --config /etc/httpmonitor/config.json")]
    [InlineData("replay --help", "httpmonitor replay access.log.1.gz --output jsonl")]
    [InlineData("demo --help", "httpmonitor demo --no-ui --output jsonl")]
    public void Help_ShowsExamples(string args, string example)
    {
        var result = HttpMonitorProcess.Run(null, args.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Stdout);
        Assert.Contains(example, result.Stdout);
    }

    /// <summary>The options of a help text's "Options:" section, e.g. "--log" for "  -l, --log &lt;PATH&gt;  The access log…".</summary>
    private static List<string> OptionsListed(string help) =>
        [.. help.Split('\n')
            .SkipWhile(line => line.Trim() != "Options:")
            .Skip(1)
            .TakeWhile(line => line.Trim().Length > 0)
            .SelectMany(line => line.Trim().Split("  ")[0].Split(", "))
            .Select(name => name.Split(' ')[0])];

    /// <summary>Standard error until it holds <paramref name="text"/>, within a generous bound.</summary>
    private static string ReadUntil(Process process, string text)
    {
        var stderr = new StringBuilder();
        var waited = Stopwatch.StartNew();
        while (!stderr.ToString().Contains(text, StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"no \"{text}\" on stderr; it said: {stderr}");
            var line = process.StandardError.ReadLineAsync();
            Assert.True(line.Wait(TimeSpan.FromSeconds(30)), $"no \"{text}\" on stderr; it said: {stderr}");
            if (line.Result is null)
            {
                break;
            }

            stderr.AppendLine(line.Result);
        }

        return stderr.ToString();
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var result = HttpMonitorProcess.Run(null, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }
}
