using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Options;

public sealed class ConfigFileTests
{
    [Fact]
    public void Parse_SomeSettings_TheRestKeepTheirDefaults()
    {
        var options = ConfigFile.Parse("""{ "averageTrafficThreshold": 25.5, "logPath": "/var/log/nginx/access.log" }""", "config.json");

        Assert.Equal(new MonitorOptions { AverageTrafficThreshold = 25.5 }, options with { LogPath = null });
        Assert.Equal(["/var/log/nginx/access.log"], options.LogPath);
    }

    [Fact]
    public void Parse_EveryKey_IsRead()
    {
        var options = ConfigFile.Parse("""
            { "logPath": "a.log", "averageTrafficThreshold": 1, "trafficRecoveryThreshold": 0.5, "trafficAlertInterval": 60,
              "maxErrorsThreshold": 3, "errorsAlertInterval": 30, "statisticsInterval": 5, "uiRefreshInterval": 0.5,
              "liveTolerance": 4, "top": 20 }
            """, "c");

        Assert.Equal(["a.log"], options.LogPath);
        Assert.Equal(new MonitorOptions
        {
            AverageTrafficThreshold = 1, TrafficRecoveryThreshold = 0.5, TrafficAlertInterval = 60,
            MaxErrorsThreshold = 3, ErrorsAlertInterval = 30, StatisticsInterval = 5, UiRefreshInterval = 0.5,
            LiveTolerance = 4, Top = 20,
        }, options with { LogPath = null });
    }

    [Fact]
    public void Parse_TheRepositorysConfigJson_HoldsTheDefaults()
    {
        Assert.Equal(new MonitorOptions(), ConfigFile.Load(Repository.File("config.json")));
    }

    [Theory]
    [InlineData("{ \"top\": 10", "c.json: invalid JSON at line 1")]
    [InlineData("[1, 2]", "c.json: must hold a JSON object")]
    [InlineData("{ \"trafficAlertInterval\": \"120\" }", "c.json: trafficAlertInterval: must be a whole number, not \"120\"")]
    [InlineData("{ \"trafficAlertInterval\": 1.5 }", "c.json: trafficAlertInterval: must be a whole number, not 1.5")]
    [InlineData("{ \"averageTrafficThreshold\": true }", "c.json: averageTrafficThreshold: must be a number, not true")]
    [InlineData("{ \"statisticsInterval\": 0 }", "c.json: statisticsInterval: must be a whole number of seconds above 0, not 0")]
    [InlineData("{ \"errorsAlertInterval\": -10 }", "c.json: errorsAlertInterval: must be a whole number of seconds above 0, not -10")]
    [InlineData("{ \"trafficAlertInterval\": 100000 }", "c.json: trafficAlertInterval: must be at most 86400 seconds")]
    [InlineData("{ \"maxErrorsThreshold\": -1 }", "c.json: maxErrorsThreshold: must be a number of at least 0, not -1")]
    [InlineData("{ \"uiRefreshInterval\": 0 }", "c.json: uiRefreshInterval: must be a number of seconds from 0.1 to 60, not 0")]
    [InlineData("{ \"top\": 0 }", "c.json: top: must be at least 1, not 0")]
    [InlineData("{ \"logPath\": 3 }", "c.json: logPath: must be a string or a list of strings [\"…\", …]")]
    [InlineData("{ \"logPath\": \"\" }", "c.json: logPath: must not be empty")]
    [InlineData("{ \"trafficRecoveryThreshold\": 20 }", "c.json: trafficRecoveryThreshold: must not be above averageTrafficThreshold (10), not 20")]
    [InlineData("{ \"uiRefreshInterval\": 0.001 }", "c.json: uiRefreshInterval: must be a number of seconds from 0.1 to 60, not 0.001")]
    [InlineData("{ \"uiRefreshInterval\": 61 }", "c.json: uiRefreshInterval: must be a number of seconds from 0.1 to 60, not 61")]
    [InlineData("{ \"liveTolerance\": 100000 }", "c.json: liveTolerance: must be a number of seconds from 0 to 3600, not 100000")]
    [InlineData("{ \"liveTolerance\": -1 }", "c.json: liveTolerance: must be a number of seconds from 0 to 3600, not -1")]
    [InlineData("{ \"top\": null }", "c.json: top: must be a whole number, not null")]
    [InlineData("{ \"avergeTrafficThreshold\": 10 }", "c.json: avergeTrafficThreshold: unknown key; known keys: logPath, averageTrafficThreshold,")]
    public void Parse_BadSetting_IsOneLineNamingTheKey(string json, string expectedStart)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Parse(json, "c.json"));

        Assert.StartsWith(expectedStart, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_CommentsTrailingCommasAndARepeatedKey_AreAcceptedAsBefore()
    {
        var options = ConfigFile.Parse("""
            {
              // the lower threshold of the staging site
              "averageTrafficThreshold": 4, /* per second */
              "top": 3,
              "top": 5,
            }
            """, "c.json");

        Assert.Equal(new MonitorOptions { AverageTrafficThreshold = 4, Top = 5 }, options);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("  // settings to come\n")]
    public void Parse_EmptyFile_SaysSoAndHowToFillIt(string json)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Parse(json, "c.json"));

        Assert.Equal("c.json: the file is empty: write {} or the keys to set (see README, Configuration)", error.Message);
    }

    [Fact]
    public void Parse_ChannelPortNotANumber_SaysWhatItMustBe()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Parse("""
            { "notifications": [
                { "type": "command", "command": "page" },
                { "type": "email", "host": "smtp.example.com", "port": "x", "from": "m@example.com", "to": "ops@example.com" } ] }
            """, "config.json"));

        Assert.Equal("config.json: notifications[1].port: must be a whole number, not \"x\"", error.Message);
    }

    [Theory]
    [InlineData("""{ "type": "webhook", "url": "${SECRET}" }""", "notifications[0].url: must be an http:// or https:// URL, not what \"${SECRET}\" expands to")]
    [InlineData("""{ "type": "email", "host": "${SECRET}", "from": "m@example.com", "to": "ops@example.com" }""", "notifications[0].host: must be a host name or address, not what \"${SECRET}\" expands to")]
    [InlineData("""{ "type": "email", "host": "h", "from": "m@example.com", "to": ["ops@example.com", "${SECRET}"] }""", "notifications[0].to[1]: must be a mail address like ops@example.com, not what \"${SECRET}\" expands to")]
    public void Parse_BadValueFromTheEnvironment_NamesTheReferenceNeverItsValue(string channel, string expected)
    {
        // The variable's name is unique to this test: the process environment is shared.
        string name = $"HTTPMONITOR_TEST_SECRET_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(name, "hooks.slack.com/services/T000/B000/SUPERSECRET");
        try
        {
            var error = Assert.Throws<ConfigException>(() =>
                ConfigFile.Parse($$"""{ "notifications": [{{channel.Replace("SECRET", name, StringComparison.Ordinal)}}] }""", "c.json"));

            Assert.Equal("c.json: " + expected.Replace("SECRET", name, StringComparison.Ordinal), error.Message);
            Assert.DoesNotContain("SUPERSECRET", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Load_RelativePaths_AreRelativeToTheConfigFilesDirectory()
    {
        using var directory = new TempDirectory();
        string path = directory.File("config.json");
        File.WriteAllText(path, """{ "logPath": "logs/access.log", "geoipDatabase": "../GeoLite2-Country.mmdb" }""");

        var options = ConfigFile.Load(path);

        Assert.Equal([Path.Combine(directory.Path, "logs", "access.log")], options.LogPath);
        Assert.Equal(Path.GetFullPath(Path.Combine(directory.Path, "..", "GeoLite2-Country.mmdb")), options.GeoipDatabase);
    }

    [Theory]
    [InlineData("~/logs/access.log", "logs/access.log")]
    [InlineData("~", "")]
    public void Load_PathUnderTilde_IsInTheHomeDirectory(string written, string underHome)
    {
        using var directory = new TempDirectory();
        string path = directory.File("config.json");
        File.WriteAllText(path, $$"""{ "logPath": "{{written}}" }""");

        var options = ConfigFile.Load(path);

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal([Path.TrimEndingDirectorySeparator(Path.Combine(home, underHome))], options.LogPath);
    }

    [Fact]
    public void Load_AbsolutePath_IsKept()
    {
        using var directory = new TempDirectory();
        string path = directory.File("config.json");
        File.WriteAllText(path, """{ "logPath": "/var/log/nginx/access.log" }""");

        Assert.Equal(["/var/log/nginx/access.log"], ConfigFile.Load(path).LogPath);
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Load("/nonexistent/config.json"));

        Assert.StartsWith("/nonexistent/config.json: cannot read the configuration file", error.Message);
    }
}
