using System.Text.Json.Nodes;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Tests.Options;

public sealed class ConfigFileSaveTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("httpmonitor-config-").FullName;

    private string PathOf(string name) => Path.Combine(_directory, name);

    [Fact]
    public void Save_ExistingFile_WritesChangedValuesAndKeepsOtherKeys()
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, """
            {
              "logPath": "/var/log/nginx/access.log",
              "averageTrafficThreshold": 10,
              "uiRefreshInterval": 0.5,
              "top": 7
            }
            """);
        var options = new MonitorOptions
        {
            AverageTrafficThreshold = 2.5,
            TrafficAlertInterval = 60,
            MaxErrorsThreshold = 3,
            ErrorsAlertInterval = 30,
            StatisticsInterval = 5,
        };

        ConfigFile.Save(path, options);

        var saved = ConfigFile.Load(path);
        Assert.Equal("/var/log/nginx/access.log", saved.LogPath);
        Assert.Equal(0.5, saved.UiRefreshInterval);
        Assert.Equal(7, saved.Top);
        Assert.Equal((2.5, 60, 3.0, 30, 5),
            (saved.AverageTrafficThreshold, saved.TrafficAlertInterval, saved.MaxErrorsThreshold, saved.ErrorsAlertInterval, saved.StatisticsInterval));
    }

    [Fact]
    public void Save_ExistingFile_KeepsKeyOrder()
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, """{ "top": 3, "averageTrafficThreshold": 10, "logPath": null }""");

        ConfigFile.Save(path, new MonitorOptions { AverageTrafficThreshold = 4 });

        var keys = JsonNode.Parse(File.ReadAllText(path))!.AsObject().Select(p => p.Key).Take(3);
        Assert.Equal(["top", "averageTrafficThreshold", "logPath"], keys);
    }

    [Fact]
    public void Save_MissingFile_CreatesOneThatLoads()
    {
        string path = PathOf("new.json");

        ConfigFile.Save(path, new MonitorOptions { MaxErrorsThreshold = 42 });

        Assert.Equal(42, ConfigFile.Load(path).MaxErrorsThreshold);
    }

    [Fact]
    public void Save_InvalidJson_ThrowsAndLeavesFileAlone()
    {
        string path = PathOf("broken.json");
        File.WriteAllText(path, "{ \"top\": ");

        var e = Assert.Throws<ConfigException>(() => ConfigFile.Save(path, new MonitorOptions()));

        Assert.Contains("not saved", e.Message, StringComparison.Ordinal);
        Assert.Equal("{ \"top\": ", File.ReadAllText(path));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
