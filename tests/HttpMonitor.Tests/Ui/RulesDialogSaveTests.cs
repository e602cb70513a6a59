using HttpMonitor.Core.Options;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>"Save to …" in the rules dialog: real files, written only where the user changed something.</summary>
public sealed class RulesDialogSaveTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("httpmonitor-ui-").FullName;

    private string Config => Path.Combine(_directory, "config.json");

    /// <summary>A session whose settings are the file's, and the window over it.</summary>
    private WindowHarness Window(FakeSession session)
    {
        session.Set(Some.State(MonitorSnapshot.Start(ConfigFile.Load(Config))));
        return new WindowHarness(session, 60, 15, configPath: Config);
    }

    /// <summary>From a field of a rule: on to "Save to" (<paramref name="tabs"/> away), tick it, back to the field before it, Enter.</summary>
    private static void SaveFrom(WindowHarness ui, int tabs)
    {
        for (int i = 0; i < tabs; i++)
        {
            ui.Press(Key.Tab);
        }

        ui.Press(Key.Space);
        ui.Press(Key.Tab.WithShift);
        ui.Press(Key.Enter);
    }

    [Fact]
    public void Dialog_FirstRuleSaved_TheRulesTakeThePlaceOfTheDefaultRulesKeys()
    {
        File.WriteAllText(Config, "{\n  // staging\n  \"averageTrafficThreshold\": 5,\n  \"top\": 4\n}\n");
        var session = new FakeSession();
        using var ui = Window(session);

        RulesDialogTests.AddFirstRule(ui, "errors5", "5xx", "2", "10");
        SaveFrom(ui, tabs: 7); // for, section, severity, Add, Remove, statistics interval, "Save to"

        Assert.Equal(
            "{\n  // staging\n  \"top\": 4,\n  \"alerts\": [\n"
            + "    { \"name\": \"traffic\", \"metric\": \"rate\", \"window\": 120, \"above\": 5 },\n"
            + "    { \"name\": \"errors\", \"metric\": \"errors\", \"window\": 10, \"above\": 10 },\n"
            + "    { \"name\": \"errors5\", \"metric\": \"5xx\", \"window\": 10, \"above\": 2 }\n"
            + "  ]\n}\n",
            File.ReadAllText(Config));
        Assert.Equal(session.Applied[^1].Alerts, ConfigFile.Load(Config).Alerts);
    }

    [Fact]
    public void Dialog_OnlyStatisticsIntervalChanged_TheRulesStayAsTheUserWroteThem()
    {
        const string Rules = """{ "alerts": [ { "name": "silence", "metric": "hits", "below": 1 } /* nights too */ ] }""";
        File.WriteAllText(Config, Rules);
        using var ui = Window(new FakeSession());
        ui.Press(Key.F2);
        for (int i = 0; i < 7; i++)
        {
            ui.Press(Key.Tab); // threshold, recover, window, for, Add, Remove, statistics interval
        }

        ui.Type("30");
        SaveFrom(ui, tabs: 1);

        Assert.Equal(Rules.Replace(" ] }", " ], \"statisticsInterval\": 30 }", StringComparison.Ordinal), File.ReadAllText(Config));
    }

    [Fact]
    public void Dialog_RuleEditedAndSaved_TheFileHoldsTheEditedRule()
    {
        File.WriteAllText(Config, """{ "top": 4, "alerts": [ { "name": "silence", "metric": "hits", "below": 1, "window": 300 } ] }""");
        using var ui = Window(new FakeSession());
        ui.Press(Key.F2);
        ui.Press(Key.Tab);
        ui.Type("5");

        SaveFrom(ui, tabs: 7); // recover, window, for, Add, Remove, statistics interval, "Save to"

        var saved = ConfigFile.Load(Config);
        Assert.Equal((5.0, 300, 4), (saved.Alerts![0].Below, saved.Alerts[0].Window, saved.Top));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
