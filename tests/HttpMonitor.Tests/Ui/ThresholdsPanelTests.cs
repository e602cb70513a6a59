using System.Runtime.Versioning;
using HttpMonitor.Core.Options;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>The thresholds dialog's "Save to …": the file in use, and only what the user changed.</summary>
public sealed class ThresholdsPanelTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("httpmonitor-ui-").FullName;

    [Fact]
    public void Dialog_SaveLabel_NamesTheConfigFileInUse()
    {
        string config = Path.Combine(_directory, "my.json");
        using var ui = new WindowHarness(new FakeSession(), 100, 30, configPath: config);

        ui.Press(Key.F2);

        Assert.Contains($"Save to {config}", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_SaveChecked_WritesOnlyTheFieldTheUserChanged()
    {
        string config = Path.Combine(_directory, "config.json");
        const string Original = "{\n  // staging\n  \"top\": 4\n}\n";
        File.WriteAllText(config, Original);

        // --error-threshold 50 --stats-interval 3 on the command line: in force, but not for the file.
        var session = new FakeSession();
        session.Set(Some.State(MonitorSnapshot.Start(Some.Options with { MaxErrorsThreshold = 50, StatisticsInterval = 3 })));
        using var ui = new WindowHarness(session, configPath: config);
        ChangeTrafficThresholdAndSave(ui, "7");

        Assert.Equal("{\n  // staging\n  \"top\": 4,\n  \"averageTrafficThreshold\": 7\n}\n", File.ReadAllText(config));
        Assert.Equal((50.0, 3), (session.Applied[^1].MaxErrorsThreshold, session.Applied[^1].StatisticsInterval));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")] // file modes are Unix's
    public void Dialog_SaveToAReadOnlyFile_IsRefusedWithAMessageAndNothingApplies()
    {
        string config = Path.Combine(_directory, "config.json");
        File.WriteAllText(config, "{ \"top\": 4 }\n");
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 100, 30, configPath: config);

        ChangeTrafficThresholdAndSave(ui, "7");

        Assert.Contains("read-only", ui.Screen, StringComparison.Ordinal);
        Assert.Empty(session.Applied);
        Assert.Equal("{ \"top\": 4 }\n", File.ReadAllText(config));
    }

    private static void ChangeTrafficThresholdAndSave(WindowHarness ui, string value)
    {
        ui.Press(Key.F2);
        ui.Press(Key.End);
        ui.Press(Key.Backspace);
        ui.Press(Key.Backspace);
        ui.Type(value);
        for (int i = 0; i < 5; i++)
        {
            ui.Press(Key.Tab);
        }

        ui.Press(Key.Space);
        for (int i = 0; i < 5; i++)
        {
            ui.Press(Key.Tab.WithShift);
        }

        ui.Press(Key.Enter);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
