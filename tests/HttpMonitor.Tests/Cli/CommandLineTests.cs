using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--bogus")]
    [InlineData("replay")]
    [InlineData("replay", "x.log", "--output", "xml")]
    [InlineData("replay", "x.log", "--traffic-window", "ten")]
    public void BadUsage_ExitsWith2_AndSaysWhatIsWrong(params string[] args)
    {
        var result = HttpMonitorProcess.Run(null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("httpmonitor: ", result.Stderr);
        Assert.Contains("--help", result.Stderr);
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
    public void MissingReplayFile_ExitsWith2()
    {
        var result = HttpMonitorProcess.Run(null, "replay", "/nonexistent/access.log");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("httpmonitor: replay: cannot open /nonexistent/access.log", result.Stderr);
    }

    [Theory]
    [InlineData("--help", "httpmonitor --log /var/log/nginx/access.log")]
    [InlineData("replay --help", "httpmonitor replay access.log.1.gz --output jsonl")]
    [InlineData("demo --help", "httpmonitor demo --no-ui --output jsonl")]
    public void Help_ShowsExamples(string args, string example)
    {
        var result = HttpMonitorProcess.Run(null, args.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Stdout);
        Assert.Contains(example, result.Stdout);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var result = HttpMonitorProcess.Run(null, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }
}
