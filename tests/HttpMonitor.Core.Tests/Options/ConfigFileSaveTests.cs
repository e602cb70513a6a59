using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Tests.Options;

/// <summary>Saving from the thresholds dialog: real files, modes, links and concurrent savers.</summary>
[UnsupportedOSPlatform("windows")] // file modes, owners and links are Unix's
public sealed class ConfigFileSaveTests : IDisposable
{
    private const UnixFileMode ReadWriteForOwner = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _directory = Directory.CreateTempSubdirectory("httpmonitor-config-").FullName;

    private string PathOf(string name) => Path.Combine(_directory, name);

    /// <summary>Writes <paramref name="text"/>, saves the file's own settings with <paramref name="change"/>, returns the file.</summary>
    private string Saved(string text, Func<MonitorOptions, MonitorOptions> change, string name = "config.json")
    {
        string path = PathOf(name);
        File.WriteAllText(path, text);
        SaveAgainst(path, change(ConfigFile.Load(path)));
        return File.ReadAllText(path);
    }

    [Fact]
    public void Save_ChangedSetting_ReplacesOnlyItsValueKeepingCommentsOrderAndSpacing()
    {
        const string Text = """
            {
              // how busy the site may get
              "averageTrafficThreshold": 10,   /* req/s */
              "top":4,
              "logPath": "access.log",
            }

            """;

        string saved = Saved(Text, o => o with { AverageTrafficThreshold = 7.5 });

        Assert.Equal(Text.Replace("\"averageTrafficThreshold\": 10,", "\"averageTrafficThreshold\": 7.5,", StringComparison.Ordinal), saved);
    }

    [Fact]
    public void Save_NewSetting_IsAddedAfterTheLastOneInTheFilesStyle()
    {
        string saved = Saved("{\n    \"top\": 4 // sections\n}\n", o => o with { StatisticsInterval = 30 });

        Assert.Equal("{\n    \"top\": 4, // sections\n    \"statisticsInterval\": 30\n}\n", saved);
    }

    [Fact]
    public void Save_SeveralNewSettings_GoOnePerLine()
    {
        string saved = Saved("{\n  \"top\": 4\n}\n", o => o with { StatisticsInterval = 30, AverageTrafficThreshold = 7 });

        Assert.Equal("{\n  \"top\": 4,\n  \"averageTrafficThreshold\": 7,\n  \"statisticsInterval\": 30\n}\n", saved);
    }

    [Theory]
    [InlineData("{ \"top\": 4 }", "{ \"top\": 4, \"statisticsInterval\": 30 }")]
    [InlineData("{ \"top\": 4, }", "{ \"top\": 4, \"statisticsInterval\": 30, }")]
    [InlineData("{}", "{ \"statisticsInterval\": 30 }")]
    [InlineData("{\n  \"top\": 4,\n}", "{\n  \"top\": 4,\n  \"statisticsInterval\": 30\n}")]
    [InlineData("{\r\n  \"top\": 4\r\n}\r\n", "{\r\n  \"top\": 4,\r\n  \"statisticsInterval\": 30\r\n}\r\n")]
    public void Save_NewSetting_FitsTheObjectsLayout(string text, string expected)
    {
        Assert.Equal(expected, Saved(text, o => o with { StatisticsInterval = 30 }));
    }

    [Theory]
    [InlineData("", "{\n  \"top\": 5\n}\n")]
    [InlineData("// settings to come\n", "// settings to come\n{\n  \"top\": 5\n}\n")]
    public void Save_FileWithNoObjectYet_GetsOneAndKeepsItsComments(string text, string expected)
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, text);

        ConfigFile.Save(path, new MonitorOptions(), new MonitorOptions { Top = 5 });

        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Save_RepeatedKey_IsWrittenWhereverItIs()
    {
        string saved = Saved("{ \"averageTrafficThreshold\": 1, \"top\": 4, \"averageTrafficThreshold\": 2 }", o => o with { AverageTrafficThreshold = 7 });

        Assert.Equal("{ \"averageTrafficThreshold\": 7, \"top\": 4, \"averageTrafficThreshold\": 7 }", saved);
    }

    [Theory]
    [InlineData(ReadWriteForOwner)]
    [InlineData(ReadWriteForOwner | UnixFileMode.GroupRead)]
    public void Save_KeepsTheFilesMode(UnixFileMode mode)
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, "{ \"top\": 4 }");
        File.SetUnixFileMode(path, mode);

        SaveAgainst(path, ConfigFile.Load(path) with { Top = 5 });

        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Save_ReadOnlyFile_IsRefusedAndLeftAlone()
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, "{ \"top\": 4 }");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var e = Assert.Throws<ConfigException>(() => SaveAgainst(path, ConfigFile.Load(path) with { Top = 5 }));

        Assert.Equal($"{path}: the file is read-only: not saved (make it writable to save from here: chmod u+w)", e.Message);
        Assert.Equal("{ \"top\": 4 }", File.ReadAllText(path));
    }

    [Fact]
    public void Save_Symlink_WritesItsTargetAndStaysALink()
    {
        string target = PathOf("real.json");
        string link = PathOf("config.json");
        File.WriteAllText(target, "{ \"top\": 4 }");
        File.CreateSymbolicLink(link, "real.json");

        SaveAgainst(link, ConfigFile.Load(link) with { Top = 5 });

        Assert.Equal("real.json", new FileInfo(link).LinkTarget);
        Assert.Equal("{ \"top\": 5 }", File.ReadAllText(target));
    }

    [Fact]
    public void Save_FileOfAnotherUser_KeepsItsOwnerAndGroup()
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, "{ \"top\": 4 }");
        if (!Environment.IsPrivilegedProcess)
        {
            return; // only root can give a file to another user; as anyone else the file stays ours either way
        }

        Run("chown", "1234:2345", path);

        SaveAgainst(path, ConfigFile.Load(path) with { Top = 5 });

        Assert.Equal("1234:2345", Run("stat", "-c", "%u:%g", path));
        Assert.Equal("{ \"top\": 5 }", File.ReadAllText(path));
    }

    [Fact]
    public async Task Save_TwoSaversAtOnce_NeverLeaveABrokenFile()
    {
        string path = PathOf("config.json");
        // A long value makes each write long enough for two savers to overlap.
        File.WriteAllText(path, $"{{\n  \"logPath\": \"/{new string('x', 200_000)}\",\n  \"averageTrafficThreshold\": 10\n}}\n");
        var options = ConfigFile.Load(path);
        using var done = new CancellationTokenSource();
        var broken = new List<string>();
        var reader = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                string text = File.ReadAllText(path);
                try
                {
                    JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true }).Dispose();
                }
                catch (JsonException)
                {
                    broken.Add(text);
                }
            }
        });

        Parallel.For(0, 2, saver =>
        {
            for (int i = 1; i <= 100; i++)
            {
                SaveAgainst(path, options with { AverageTrafficThreshold = saver == 0 ? i : 1000 + i });
            }
        });
        await done.CancelAsync();
        await reader;

        Assert.Empty(broken);
        Assert.True(ConfigFile.Load(path).AverageTrafficThreshold is 100.0 or 1100.0);
        Assert.Equal(["config.json"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void Save_AnotherSaversTemporaryFile_IsLeftAlone()
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, "{ \"top\": 4 }");
        File.WriteAllText(PathOf("config.json.tmp"), "another save, half written");

        SaveAgainst(path, ConfigFile.Load(path) with { Top = 5 });

        Assert.Equal("another save, half written", File.ReadAllText(PathOf("config.json.tmp")));
        Assert.Equal("{ \"top\": 5 }", File.ReadAllText(path));
    }

    [Fact]
    public void Save_BeforeAndAfter_WritesOnlyWhatChangedBetweenThem()
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, "{ \"top\": 4 }");
        // A one-off --error-threshold 50 --stats-interval 3 is in force on both sides: it is not the user's change.
        var before = ConfigFile.Load(path) with { MaxErrorsThreshold = 50, StatisticsInterval = 3 };

        ConfigFile.Save(path, before, before with { AverageTrafficThreshold = 7 });

        Assert.Equal("{ \"top\": 4, \"averageTrafficThreshold\": 7 }", File.ReadAllText(path));
    }

    [Fact]
    public void Save_NothingChanged_LeavesTheFileAsItIs()
    {
        string path = PathOf("config.json");
        File.WriteAllText(path, "{ \"top\": 4 }");
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddHours(-1));

        ConfigFile.Save(path, ConfigFile.Load(path), ConfigFile.Load(path));

        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Save_MissingFile_CreatesOneThatLoads()
    {
        string path = PathOf("new.json");

        SaveAgainst(path, new MonitorOptions { MaxErrorsThreshold = 42 });

        Assert.Equal("{\n  \"maxErrorsThreshold\": 42\n}\n", File.ReadAllText(path));
        Assert.Equal(42, ConfigFile.Load(path).MaxErrorsThreshold);
    }

    [Fact]
    public void Save_InvalidJson_ThrowsAndLeavesFileAlone()
    {
        string path = PathOf("broken.json");
        File.WriteAllText(path, "{ \"top\": ");

        var e = Assert.Throws<ConfigException>(() => ConfigFile.Save(path, new MonitorOptions(), new MonitorOptions { Top = 5 }));

        Assert.Contains("not saved", e.Message, StringComparison.Ordinal);
        Assert.Equal("{ \"top\": ", File.ReadAllText(path));
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Saves <paramref name="options"/>: what differs from what the file holds now (or from the defaults, when there is no file).</summary>
    private static void SaveAgainst(string path, MonitorOptions options) =>
        ConfigFile.Save(path, File.Exists(path) ? ConfigFile.Load(path) : new MonitorOptions(), options);
}
