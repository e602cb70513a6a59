using System.Globalization;
using System.Text;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class MonitorSnapshotTests
{
    private static MonitorSnapshot Start(int trafficWindow = 3, int errorWindow = 2) =>
        MonitorSnapshot.Start(Some.Options with { TrafficAlertInterval = trafficWindow, ErrorsAlertInterval = errorWindow });

    [Fact]
    public void Fold_AlertStatuses_AreTheLevelsAndStatesShown()
    {
        var s = Start().Fold(Some.TrafficStatus(5, 1500, active: true)).Fold(Some.ErrorsStatus(5, 7));

        Assert.Equal((1500 / 120.0, true), (s.TrafficAverage, s.TrafficAlert));
        Assert.Equal((7L, false), (s.WindowErrors, s.ErrorsAlert));
    }

    [Fact]
    public void Fold_Seconds_KeepsTheLatestForTheChart()
    {
        var s = Enumerable.Range(0, MonitorSnapshot.SecondsKept + 5).Aggregate(Start(), (x, i) => x.Fold(Some.Second(i, i)));

        Assert.Equal(MonitorSnapshot.SecondsKept, s.Seconds.Count);
        Assert.Equal(MonitorSnapshot.SecondsKept + 4, s.LastSecondHits);
        Assert.Equal(Some.T0.AddSeconds(MonitorSnapshot.SecondsKept + 5), s.Now);
    }

    [Fact]
    public void Fold_TriggerThenRecovery_HistoryKeepsBothInOrder()
    {
        var s = Start().Fold(Some.TrafficTriggered(10, 1500)).Fold(Some.TrafficRecovered(40, 1100, 30));

        Assert.Equal(2, s.AlertEvents);
        Assert.Equal(
            [
                "Triggered High traffic generated an alert - hits = 1500, triggered at 2026-11-23T12:00:10Z",
                "Recovered High traffic alert recovered - hits = 1100, recovered at 2026-11-23T12:00:40Z, lasted 30s",
            ],
            s.History.Select(h => $"{h.Kind} {h.Message}"));
    }

    [Fact]
    public void Fold_Windows_MergeSectionsSinceStartKeepingHeaviestDocument()
    {
        var s = Some.Snapshot(
            Some.Window(0, Some.Section("/a", 2, "/a/1", 500), Some.Section("/b", 1)),
            Some.Window(10, Some.Section("/a", 3, "/a/2", 500)),
            Some.Window(20, Some.Section("/a", 1, "/a/3", 900)));

        Assert.Equal(7, s.SinceStart.Tally.Hits);
        Assert.Equal(new SectionStats("/a", new Tally(6, 0, 0, 600), "/a/3", 900), s.SinceStart.Sections["/a"]);
        Assert.Equal(20, s.LastWindow!.Start.Second);
    }

    [Fact]
    public void Fold_WindowsEqualHeaviest_KeepsFirstSeen()
    {
        var s = Some.Snapshot(Some.Window(0, Some.Section("/a", 1, "/a/first", 500)), Some.Window(10, Some.Section("/a", 1, "/a/later", 500)));

        Assert.Equal("/a/first", s.SinceStart.Sections["/a"].HeaviestPath);
    }

    [Fact]
    public void WithOptions_ChangedThreshold_IsRecordedInHistoryAtTheClock()
    {
        var s = Start().Fold(Some.Second(0, 1));

        s = s.WithOptions(s.Options with { AverageTrafficThreshold = 4, MaxErrorsThreshold = 3 });

        var entry = Assert.Single(s.History);
        Assert.Equal(HistoryKind.Settings, entry.Kind);
        Assert.Equal("Thresholds changed at 2026-11-23T12:00:01Z: traffic threshold 10 → 4 req/s, error threshold 10 → 3", entry.Message);
        Assert.Equal(0, s.AlertEvents);
    }

    [Fact]
    public void WithOptions_NothingChanged_RecordsNothing()
    {
        var s = Start();

        Assert.Empty(s.WithOptions(s.Options).History);
    }

    [Fact]
    public void Fold_RealPipelineInLogTime_LevelsShownAreTheAlerts()
    {
        // 20 lines a second for 8 seconds, on the log's own clock: the traffic alert (window 5 s,
        // threshold 10 req/s) fires; once its second is folded the snapshot shows its hits and state.
        var options = new MonitorOptions { TrafficAlertInterval = 5, AverageTrafficThreshold = 10 };
        var log = new StringBuilder();
        for (int second = 0; second < 8; second++)
        {
            string stamp = Some.T0.AddSeconds(second).ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
            for (int i = 0; i < 20; i++)
            {
                log.Append(CultureInfo.InvariantCulture, $"10.0.0.1 - - [{stamp}] \"GET /api/{i} HTTP/1.1\" 200 10\n");
            }
        }

        var events = new List<MonitorEvent>();
        Replay.Run(new MemoryStream(Encoding.UTF8.GetBytes(log.ToString())), options, System.Reactive.Observer.Create<MonitorEvent>(events.Add));
        var snapshot = MonitorSnapshot.Start(options);
        AlertEvent? trigger = null;
        foreach (var e in events)
        {
            snapshot = snapshot.Fold(e);
            trigger ??= e as AlertEvent;
            if (trigger is not null && e is AlertStatus { Rule.Seed: SeedAlert.Traffic })
            {
                break;
            }
        }

        Assert.NotNull(trigger);
        Assert.Equal(trigger.Hits, snapshot.Traffic!.Hits);
        Assert.Equal(trigger.Value!.Value, snapshot.TrafficAverage, 6);
        Assert.True(snapshot.TrafficAlert);
    }
}
