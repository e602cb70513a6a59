using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Tests.Options;

/// <summary>Saving the alert rules edited in the thresholds dialog: the whole "alerts" array, only when the rules changed.</summary>
public sealed class ConfigFileSaveRulesTests : IDisposable
{
    private static readonly AlertRuleConfig Traffic = new() { Name = "traffic", Metric = AlertMetric.Rate, Window = 120, Above = 10 };

    private static readonly AlertRuleConfig Errors5 = new()
    {
        Name = "errors5", Metric = AlertMetric.Errors5xx, Window = 10, Above = 2, Recover = 1, For = 5, Section = "/api", Severity = AlertSeverity.Critical,
    };

    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("httpmonitor-config-").FullName, "config.json");

    [Fact]
    public void Save_ChangedRules_WriteTheWholeArrayInPlaceOfTheOldOne()
    {
        File.WriteAllText(_path, """
            {
              // the site's rules
              "alerts": [ { "name": "traffic", "metric": "rate", "window": 120, "above": 10 } ], // mine
              "top": 4
            }

            """);
        var before = ConfigFile.Load(_path);

        ConfigFile.Save(_path, before, before with { Alerts = [Traffic with { Above = 5 }, Errors5] });

        Assert.Equal("""
            {
              // the site's rules
              "alerts": [
                { "name": "traffic", "metric": "rate", "window": 120, "above": 5 },
                { "name": "errors5", "metric": "5xx", "window": 10, "above": 2, "recover": 1, "for": 5, "section": "/api", "severity": "critical" }
              ], // mine
              "top": 4
            }

            """, File.ReadAllText(_path));
    }

    [Fact]
    public void Save_OtherSettingChanged_LeavesTheRulesAsTheUserWroteThem()
    {
        const string Rules = """[ { "name": "traffic", /* busy */ "metric": "rate", "window": 120, "above": 10 } ]""";
        File.WriteAllText(_path, $$"""{ "alerts": {{Rules}}, "top": 4 }""");
        var before = ConfigFile.Load(_path);

        // Equal rules in a new list: what the dialog hands over when only the statistics interval changed.
        ConfigFile.Save(_path, before, before with { Alerts = [.. before.Alerts!], StatisticsInterval = 30 });

        Assert.Equal($$"""{ "alerts": {{Rules}}, "top": 4, "statisticsInterval": 30 }""", File.ReadAllText(_path));
    }

    [Fact]
    public void Save_FirstRules_ReplaceTheDefaultRulesKeysSoTheFileStillLoads()
    {
        File.WriteAllText(_path, "{\n  \"averageTrafficThreshold\": 5,\n  \"top\": 4,\n  \"maxErrorsThreshold\": 3 // errors\n}\n");
        var before = ConfigFile.Load(_path);
        var after = before with { Alerts = [Traffic with { Above = 5 }, Errors5] };

        ConfigFile.Save(_path, before, after);

        Assert.Equal(
            "{\n  \"top\": 4,\n  \"alerts\": [\n"
            + "    { \"name\": \"traffic\", \"metric\": \"rate\", \"window\": 120, \"above\": 5 },\n"
            + "    { \"name\": \"errors5\", \"metric\": \"5xx\", \"window\": 10, \"above\": 2, \"recover\": 1, \"for\": 5, \"section\": \"/api\", \"severity\": \"critical\" }\n"
            + "  ]\n}\n",
            File.ReadAllText(_path));
        Assert.Equal(after.Alerts, ConfigFile.Load(_path).Alerts);
    }

    [Theory]
    [InlineData("{ \"top\": 4, \"trafficAlertInterval\": 30 }", "{ \"top\": 4, \"alerts\": [] }")]
    [InlineData("{ \"trafficAlertInterval\": 30, \"top\": 4 }", "{ \"top\": 4, \"alerts\": [] }")]
    [InlineData("{ \"top\": 4, \"averageTrafficThreshold\": 5, \"maxErrorsThreshold\": 3 }", "{ \"top\": 4, \"alerts\": [] }")]
    [InlineData("{\n  \"trafficAlertInterval\": 30\n}\n", "{\n  \"alerts\": []\n}\n")]
    [InlineData("{\n  \"top\": 4,\n  \"trafficAlertInterval\": 30,\n}\n", "{\n  \"top\": 4,\n  \"alerts\": []\n}\n")]
    [InlineData("{\r\n  \"top\": 4,\r\n  \"trafficAlertInterval\": 30\r\n}\r\n", "{\r\n  \"top\": 4,\r\n  \"alerts\": []\r\n}\r\n")]
    public void Save_FirstRules_RemoveTheDefaultRulesKeysInTheFilesLayout(string text, string expected)
    {
        File.WriteAllText(_path, text);
        var before = ConfigFile.Load(_path);

        ConfigFile.Save(_path, before, before with { Alerts = [] });

        Assert.Equal(expected, File.ReadAllText(_path));
    }

    [Fact]
    public void Save_RulesToAMissingFile_CreatesOneThatLoadsThem()
    {
        var after = new MonitorOptions { Alerts = [Errors5] };

        ConfigFile.Save(_path, new MonitorOptions(), after);

        Assert.Equal(after.Alerts, ConfigFile.Load(_path).Alerts);
        Assert.StartsWith("{\n  \"alerts\": [\n    { \"name\": \"errors5\",", File.ReadAllText(_path), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
}
