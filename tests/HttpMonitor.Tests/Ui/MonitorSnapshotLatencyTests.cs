using System.Globalization;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class MonitorSnapshotLatencyTests
{
    [Fact]
    public void Fold_UntimedSeconds_IsNotTimedAndHasNoSlowest()
    {
        var s = Some.Snapshot(Some.Second(0, 5), Some.Second(1, 7));

        Assert.False(s.Timed);
        Assert.Empty(s.SlowestRecent());
    }

    [Fact]
    public void Fold_TimedSecond_IsTimedFromThenOn()
    {
        var s = Some.Snapshot(Some.Second(0, 5), SomeTimed.Second(1, "/api/a", 12), Some.Second(2, 3));

        Assert.True(s.Timed);
    }

    [Fact]
    public void Fold_Seconds_KeepEachSecondsLatencyBesideItsTally()
    {
        var timed = SomeTimed.Second(1, "/api/a", 12);

        var s = Some.Snapshot(Some.Second(0, 5), timed, ClosedSecond.Quiet(Some.T0.AddSeconds(2), 3));

        Assert.Equal(s.Seconds.Count, s.Latencies.Count);
        Assert.Equal([null, timed.Latency, null, null, null], s.Latencies.Select(l => l.Latency));
    }

    [Fact]
    public void Fold_ManySeconds_LatenciesKeptAsLongAsTheChartsSeconds()
    {
        var s = Enumerable.Range(0, MonitorSnapshot.SecondsKept + 5)
            .Aggregate(Some.Snapshot(), (x, i) => x.Fold(SomeTimed.Second(i, "/api/a", i)));

        Assert.Equal(MonitorSnapshot.SecondsKept, s.Latencies.Count);
        Assert.Equal((MonitorSnapshot.SecondsKept + 4) * 1000, s.Latencies[^1].Latency!.Max);
    }

    [Fact]
    public void SlowestRecent_SecondsSlowestRequests_TheTwentySlowestSlowestFirst()
    {
        var s = Enumerable.Range(0, 30).Aggregate(Some.Snapshot(), (x, i) => x.Fold(SomeTimed.Second(i, $"/api/{i}", i, 1000 + i)));

        var slowest = s.SlowestRecent();

        Assert.Equal(MonitorSnapshot.SlowestShown, slowest.Count);
        Assert.Equal([.. Enumerable.Range(10, 20).Reverse().Select(i => (1000L + i) * 1000)], slowest.Select(r => r.DurationMicros));
        Assert.Equal(("/api/29", "/api", 200, Some.T0.AddSeconds(29)), (slowest[0].Path, slowest[0].Section, slowest[0].Status, slowest[0].At));
    }

    [Fact]
    public void SlowestRecent_RequestOlderThanFiveMinutes_LeavesTheList()
    {
        var s = Some.Snapshot(SomeTimed.Second(0, "/old/a", 9000), SomeTimed.Second(1, "/new/a", 5));
        Assert.Equal(["/old/a", "/new/a"], s.SlowestRecent().Select(r => r.Path));

        s = s.Fold(ClosedSecond.Quiet(Some.T0.AddSeconds(2), MonitorSnapshot.SlowestSeconds - 2));
        Assert.Equal(["/old/a", "/new/a"], s.SlowestRecent().Select(r => r.Path));

        s = s.Fold(ClosedSecond.Empty(Some.T0.AddSeconds(MonitorSnapshot.SlowestSeconds)));
        Assert.Equal(["/new/a"], s.SlowestRecent().Select(r => r.Path));
    }

    [Fact]
    public void Fold_RealPipelineOnTimedLog_SnapshotHasTheSlowestAndSectionLatencies()
    {
        // An nginx log with $request_time, 3 seconds of 4 hits on the log's own clock: 1, 2, 3, 4 ms
        // plus one slow hit of 2.5 s to /api/slow in the second second.
        var log = new StringBuilder();
        for (int second = 0; second < 3; second++)
        {
            string stamp = Some.T0.AddSeconds(second).ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
            foreach (string time in second == 1 ? ["0.001", "0.002", "0.003", "0.004", "2.500"] : (string[])["0.001", "0.002", "0.003", "0.004"])
            {
                string path = time == "2.500" ? "/api/slow" : "/web/x";
                log.Append(CultureInfo.InvariantCulture, $"10.0.0.1 [{stamp}] \"GET {path} HTTP/1.1\" 503 10 {time}\n");
            }
        }

        var options = new MonitorOptions { StatisticsInterval = 2, LogFormat = "nginx:$remote_addr [$time_local] \"$request\" $status $body_bytes_sent $request_time" };
        var events = new List<MonitorEvent>();
        Replay.Run(new MemoryStream(Encoding.UTF8.GetBytes(log.ToString())), options, System.Reactive.Observer.Create<MonitorEvent>(events.Add));
        var snapshot = events.Aggregate(MonitorSnapshot.Start(options), (s, e) => s.Fold(e));

        Assert.True(snapshot.Timed);
        var slowest = snapshot.SlowestRecent();
        Assert.Equal(13, slowest.Count);
        Assert.Equal(("/api/slow", "/api", 503, 2_500_000L, Some.T0.AddSeconds(1)), (slowest[0].Path, slowest[0].Section, slowest[0].Status, slowest[0].DurationMicros, slowest[0].At));
        Assert.Equal(4_000, snapshot.SinceStart.Sections["/web"].Latency!.Quantile(0.95));
    }
}
