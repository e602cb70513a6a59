using System.Reactive.Concurrency;
using HttpMonitor.Core.Sources;
using HttpMonitor.Tests.Support;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

public sealed class MonitorWindowTests
{
    [Fact]
    public void Window_ClosedStatisticsWindow_TableShowsItsSectionsByHits()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session);

        session.Push(Some.Window(0, Some.Section("/api", 30, "/api/users", 4096), Some.Section("/blog", 10)));
        ui.Refresh();

        int api = ui.Rows.ToList().FindIndex(r => r.StartsWith("/api ", StringComparison.Ordinal));
        int blog = ui.Rows.ToList().FindIndex(r => r.StartsWith("/blog ", StringComparison.Ordinal));
        Assert.True(api >= 0 && blog > api, ui.Screen);
        Assert.Matches(@"^/api +30 +75% +0 +0 +2\.9 KiB /api/users +4\.0 KiB$", ui.Rows[api]);
        Assert.Contains("Sections 12:00:00–12:00:10Z: 40 hits", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_FollowStatus_ShowsInTheFirstFrameAndAtOnceWhenReported_NotAtTheNextRefresh()
    {
        var session = new FakeSession();
        session.ChangeStatus(FollowState.Waiting, report: false);
        using var ui = new WindowHarness(session, 100, 24);
        var loop = new HistoricalScheduler(Some.T0);
        var aMillisecond = TimeSpan.FromMilliseconds(1);

        // The file is found after the window read its state, before its loop ran: the first frame shows it.
        session.ChangeStatus(FollowState.Following, report: false);
        using var refreshing = ui.Window.RefreshEvery(TimeSpan.FromSeconds(1), loop);
        loop.AdvanceBy(aMillisecond);
        ui.Draw();
        Assert.Contains("following /var/log/access.log", ui.Screen, StringComparison.Ordinal);

        // A change no follower reported waits for the next refresh...
        session.ChangeStatus(FollowState.Waiting, report: false);
        loop.AdvanceBy(aMillisecond);
        ui.Draw();
        Assert.Contains("following /var/log/access.log", ui.Screen, StringComparison.Ordinal);

        // ...a reported one shows at once.
        session.ChangeStatus(FollowState.Waiting);
        loop.AdvanceBy(aMillisecond);
        ui.Draw();
        Assert.Contains("waiting for the file /var/log/access.log", ui.Screen, StringComparison.Ordinal);

        session.ChangeStatus(FollowState.Following, report: false);
        loop.AdvanceTo(Some.T0.AddSeconds(1));
        ui.Draw();
        Assert.Contains("following /var/log/access.log", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_SKey_TogglesSinceStart()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session);
        session.Push(Some.Window(0, Some.Section("/old", 5)), Some.Window(10, Some.Section("/new", 3)));
        ui.Refresh();
        Assert.DoesNotContain("/old", ui.Screen, StringComparison.Ordinal);

        ui.Press(Key.S);

        Assert.Contains("Sections since start: 8 hits", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("/old", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_AlertEvent_AppearsInHistoryWithItsExactMessage()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session);

        session.Push(Some.TrafficTriggered(150, 1232), Some.TrafficStatus(150, 1232, active: true));
        ui.Refresh();

        Assert.Contains("▲ High traffic generated an alert - hits = 1232, triggered at 2026-11-23T12:02:30Z", ui.Screen.Replace("\n  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("TRAFFIC ALERT", ui.Rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Window_LaterRefreshes_KeepEveryAlertOfTheHistory()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 120, 40);
        session.Push(Some.TrafficTriggered(150, 1232));
        ui.Refresh();

        session.Push(Some.Second(200, 1), Some.TrafficRecovered(300, 1100, 150));
        ui.Refresh();
        ui.Refresh();

        Assert.Contains("▼ High traffic alert recovered - hits = 1100, recovered at 2026-11-23T12:05:00Z, lasted 2m 30s", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("▲ High traffic generated an alert - hits = 1232", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("no alert", ui.Rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Window_F2_OpensThresholdsDialogWithCurrentValues()
    {
        using var ui = new WindowHarness(new FakeSession());

        ui.Press(Key.F2);

        Assert.True(ui.Window.ThresholdsOpen);
        Assert.Contains("Thresholds", ui.Screen, StringComparison.Ordinal);
        Assert.Matches(@"Traffic threshold \(req/s\): +10", ui.Screen);
        Assert.Matches(@"Traffic window \(seconds\): +120", ui.Screen);
    }

    [Fact]
    public void Window_TKey_OpensThresholdsDialog()
    {
        using var ui = new WindowHarness(new FakeSession());

        ui.Press(Key.T);

        Assert.True(ui.Window.ThresholdsOpen);
    }

    [Fact]
    public void Dialog_TypedThreshold_IsAppliedAndRecorded()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session);
        ui.Press(Key.F2);

        ui.Press(Key.End);
        ui.Press(Key.Backspace);
        ui.Press(Key.Backspace);
        ui.Type("2.5");
        ui.Press(Key.Enter);

        var applied = Assert.Single(session.Applied);
        Assert.Equal(2.5, applied.AverageTrafficThreshold);
        Assert.Equal(120, applied.TrafficAlertInterval);
        Assert.False(ui.Window.ThresholdsOpen);
        Assert.Contains("• Thresholds changed: traffic threshold 10 → 2.5 req/s", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("avg 0.00/2.5 req/s", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_TextThreshold_IsRefusedAndNothingApplied()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session);
        ui.Press(Key.F2);

        ui.Press(Key.End);
        ui.Press(Key.Backspace);
        ui.Press(Key.Backspace);
        ui.Type("lots");
        ui.Press(Key.Enter);

        Assert.Empty(session.Applied);
        Assert.True(ui.Window.ThresholdsOpen);
        Assert.Equal("Traffic threshold: \"lots\" is not a number", ui.Window.ThresholdsProblem);
        Assert.Contains("Traffic threshold: \"lots\" is not a number", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_Esc_ClosesDialogNotWindow()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session);
        ui.Press(Key.F2);

        ui.Press(Key.Esc);

        Assert.False(ui.Window.ThresholdsOpen);
        Assert.True(ui.Window.IsRunning);
        Assert.Empty(session.Applied);
    }

    [Fact]
    public void Dialog_LettersTypedInField_DoNotTriggerWindowKeys()
    {
        using var ui = new WindowHarness(new FakeSession());
        ui.Press(Key.F2);

        ui.Type("pq");

        Assert.False(ui.Window.Paused);
        Assert.True(ui.Window.IsRunning);
        Assert.True(ui.Window.ThresholdsOpen);
    }

    [Fact]
    public void Window_PKey_FreezesDisplayUntilPressedAgain()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session);
        ui.Press(Key.P);

        session.Push(Some.TrafficTriggered(150, 1232));
        ui.Refresh();
        Assert.DoesNotContain("High traffic", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("PAUSED", ui.Screen, StringComparison.Ordinal);

        ui.Press(Key.P);

        Assert.Contains("High traffic", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_Refresh_KeepsTableScrollPosition()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session);
        var many = Enumerable.Range(0, 30).Select(i => Some.Section($"/s{i:00}", 100 - i)).ToArray();
        session.Push(Some.Window(0, many));
        ui.Refresh();
        ui.Press(Key.F2);
        ui.Press(Key.Esc);

        // Scroll the table down two pages.
        ui.Press(Key.PageDown);
        ui.Press(Key.PageDown);
        string before = string.Join("\n", ui.Rows.Where(r => r.StartsWith("/s", StringComparison.Ordinal)));
        Assert.DoesNotContain("/s00", before, StringComparison.Ordinal);

        session.Push(Some.Window(10, many));
        ui.Refresh();

        string after = string.Join("\n", ui.Rows.Where(r => r.StartsWith("/s", StringComparison.Ordinal)));
        Assert.Equal(before.Split('\n')[0][..4], after.Split('\n')[0][..4]);
    }

    [Fact]
    public void Window_QKey_StopsTheWindow()
    {
        using var ui = new WindowHarness(new FakeSession());

        ui.Press(Key.Q);

        Assert.True(ui.Window.StopRequested || !ui.Window.IsRunning);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    [InlineData(60, 15)]
    public void Window_AnySize_ShowsSummaryChartHistoryAndStatusBar(int width, int height)
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, width, height);
        session.Push(Some.Second(0, 12), Some.TrafficTriggered(1, 1232), Some.TrafficStatus(1, 1232, active: true));

        ui.Refresh();

        Assert.Equal(height, ui.Rows.Count);
        Assert.Contains("TRAFFIC ALERT", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("Traffic", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("Quit", ui.Rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Window_Resize_RelaysOutChartToNewWidth()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 80, 24);
        session.Push(Some.Second(0, 5));
        ui.Refresh();

        ui.Resize(120, 30);

        Assert.Contains(ui.Rows, r => r.EndsWith("now", StringComparison.Ordinal) && r.Length == 120);
    }

    [Fact]
    public void Window_80Columns_ChartTitleSaysItsScale()
    {
        using var ui = new WindowHarness(new FakeSession(), 80, 24);

        Assert.Contains("Traffic, req/s over the last 6m 10s (5s per column); ╌ threshold 10", ui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_WideScreen_SummaryTakesOneRow()
    {
        using var ui = new WindowHarness(new FakeSession(), 160, 48);

        Assert.StartsWith("no alert │ clock not started │ following /var/log/access.log", ui.Rows[0], StringComparison.Ordinal);
        Assert.StartsWith("─┤Sections", ui.Rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Window_F1_ShowsHelpAndAnyKeyClosesIt()
    {
        using var ui = new WindowHarness(new FakeSession());

        ui.Press(Key.F1);
        Assert.Contains("F2 or t   thresholds", ui.Screen, StringComparison.Ordinal);

        ui.Press(Key.Space);
        Assert.DoesNotContain("F2 or t   thresholds", ui.Screen, StringComparison.Ordinal);
        Assert.True(ui.Window.IsRunning);
    }

    [Fact]
    public void Dialog_SaveChecked_WritesValuesToConfigKeepingOtherKeys()
    {
        string directory = Directory.CreateTempSubdirectory("httpmonitor-ui-").FullName;
        try
        {
            string config = Path.Combine(directory, "config.json");
            File.WriteAllText(config, """{ "top": 4, "averageTrafficThreshold": 10 }""");
            var session = new FakeSession();
            using var ui = new WindowHarness(session, configPath: config);
            ui.Press(Key.F2);
            ui.Press(Key.End);
            ui.Press(Key.Backspace);
            ui.Press(Key.Backspace);
            ui.Type("7");

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

            Assert.Equal(7, Assert.Single(session.Applied).AverageTrafficThreshold);
            var saved = HttpMonitor.Core.Options.ConfigFile.Load(config);
            Assert.Equal((7.0, 4), (saved.AverageTrafficThreshold, saved.Top));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Window_BracketKeys_ScrollTheAlertHistory()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 120, 20);
        session.Push([.. Enumerable.Range(0, 12).Select(i => Some.TrafficTriggered(10 * i, 1000 + i))]);
        ui.Refresh();
        Assert.Contains("hits = 1011", ui.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("hits = 1000,", ui.Screen, StringComparison.Ordinal);

        for (int i = 0; i < 11; i++)
        {
            ui.Press(new Key('['));
        }

        Assert.Contains("hits = 1000,", ui.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("hits = 1011", ui.Screen, StringComparison.Ordinal);
        Assert.Contains("11 newer above", ui.Screen, StringComparison.Ordinal);
    }
}
