using System.Reactive;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;
using Microsoft.Reactive.Testing;
using static HttpMonitor.Core.Tests.Support.PipelineRun;

namespace HttpMonitor.Core.Tests.Metrics;

public sealed class MetricsBoardTests
{
    private static readonly MonitorOptions Options = new() { AverageTrafficThreshold = 2, TrafficAlertInterval = 10, StatisticsInterval = 10 };

    private static readonly ScrapeContext Context = new(Some.Start, null, null, "test");

    [Fact]
    public void Requests_LinesOfTwoSections_CountedBySectionAndStatusClass()
    {
        var arrivals = new[] { At(0.5, "/a/1"), At(0.6, "/a/2"), At(1.5, "/a/3", status: 404), At(2.5, "/b", status: 503) };

        string scrape = Scrape(Board(Run(Options, arrivals, until: 5)));

        Assert.Equal(
            [
                "httpmonitor_requests_total{section=\"/a\",status_class=\"1xx-3xx\"} 2",
                "httpmonitor_requests_total{section=\"/a\",status_class=\"4xx\"} 1",
                "httpmonitor_requests_total{section=\"/a\",status_class=\"5xx\"} 0",
                "httpmonitor_requests_total{section=\"/b\",status_class=\"1xx-3xx\"} 0",
                "httpmonitor_requests_total{section=\"/b\",status_class=\"4xx\"} 0",
                "httpmonitor_requests_total{section=\"/b\",status_class=\"5xx\"} 1",
            ],
            Samples(scrape, "httpmonitor_requests_total"));
    }

    [Fact]
    public void Bytes_LinesOfASection_SummedUnderItsLabel()
    {
        var arrivals = new[] { At(0.5, "/a/1", bytes: 100), At(1.5, "/a/2", bytes: 250) };

        string scrape = Scrape(Board(Run(Options, arrivals, until: 5)));

        Assert.Equal(["httpmonitor_response_bytes_total{section=\"/a\"} 350"], Samples(scrape, "httpmonitor_response_bytes_total"));
    }

    [Fact]
    public void Requests_LineInTheOpenSecond_NotCountedUntilItCloses()
    {
        var observer = Run(Options, [At(0.5, "/a"), At(3.2, "/a")], until: 3.5);

        string scrape = Scrape(Board(observer));

        Assert.Equal(["httpmonitor_requests_total{section=\"/a\",status_class=\"1xx-3xx\"} 1"], Samples(scrape, "httpmonitor_requests_total").Take(1));
    }

    [Fact]
    public void AlertFiring_TrafficAlert_IsOneWhileActiveThenZero()
    {
        // 21 hits in [0,10) fire the traffic alert at 10 s; from 11 s the window holds 20: it recovers.
        var observer = Run(Options, Steady(2, 0, 10).Append(At(9.5)), until: 30);

        Assert.Equal(
            ["httpmonitor_alert_firing{alert=\"traffic\",severity=\"warning\"} 0"],
            Samples(Scrape(Board(observer, untilSecond: 9.9)), "httpmonitor_alert_firing{alert=\"traffic\""));
        Assert.Equal(
            ["httpmonitor_alert_firing{alert=\"traffic\",severity=\"warning\"} 1"],
            Samples(Scrape(Board(observer, untilSecond: 10.5)), "httpmonitor_alert_firing{alert=\"traffic\""));
        Assert.Equal(
            ["httpmonitor_alert_firing{alert=\"traffic\",severity=\"warning\"} 0"],
            Samples(Scrape(Board(observer, untilSecond: 11.5)), "httpmonitor_alert_firing{alert=\"traffic\""));
    }

    [Fact]
    public void AlertFiring_RuleRemovedWhileRunning_LeavesTheScrape()
    {
        var rules = Options with { Alerts = [new AlertRuleConfig { Name = "slow", Metric = AlertMetric.Hits, Window = 10, Above = 100 }, new AlertRuleConfig { Name = "gone", Metric = AlertMetric.Hits, Window = 10, Above = 100 }] };
        var observer = Run(rules, [At(0.5)], until: 10, during: (wall, changes) =>
            wall.At(5, () => changes.OnNext(rules with { Alerts = [rules.Alerts![0]] })));

        Assert.Equal(["slow", "gone"], Board(observer, untilSecond: 4.5).Latest.Alerts.Select(a => a.Rule.Name));
        Assert.Equal(["slow"], Board(observer).Latest.Alerts.Select(a => a.Rule.Name));
    }

    [Fact]
    public void Counters_SectionGivenItsLabelLater_NoSeriesEverGoesBack()
    {
        // /b's first hit is under 1% of the hits so far: it counts in "other"; its next ones earn it the
        // second label of two; /late0../late9 come when none is left. Every series only grows, and all sum to the hits.
        var arrivals = Hits(200, 0.5).Append(At(0.6, "/b/x"))
            .Concat(Enumerable.Range(1, 5).SelectMany(s => Enumerable.Repeat(At(s + 0.5, "/b/x"), 10)))
            .Concat(Enumerable.Range(0, 10).Select(i => At(7.5, $"/late{i}")));
        var observer = Run(Options with { Top = 2 }, arrivals, until: 50);
        var board = new MetricsBoard(2, null);
        var seen = new Dictionary<string, long>();

        foreach (var e in Events(observer))
        {
            board.OnNext(e);
            foreach (var (series, value) in Series(Scrape(board), "httpmonitor_requests_total"))
            {
                Assert.True(value >= seen.GetValueOrDefault(series), $"{series} went from {seen.GetValueOrDefault(series)} to {value}");
                seen[series] = value;
            }
        }

        Assert.Equal(261, seen.Values.Sum());
        Assert.Equal(["/b", "/pages", "other"], seen.Keys.Select(Section).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(11, seen["httpmonitor_requests_total{section=\"other\",status_class=\"1xx-3xx\"}"]);
    }

    [Fact]
    public void Snapshot_TakenBeforeMoreEvents_StaysAsItWas()
    {
        var events = Events(Run(Options, Steady(1, 0, 10), until: 12));
        var board = new MetricsBoard(10, null);
        foreach (var e in events.Take(events.Count / 2))
        {
            board.OnNext(e);
        }

        var earlier = board.Latest;
        string before = PrometheusText.Write(earlier, Context);
        foreach (var e in events.Skip(events.Count / 2))
        {
            board.OnNext(e);
        }

        Assert.Equal(before, PrometheusText.Write(earlier, Context));
        Assert.NotEqual(before, Scrape(board));
    }

    [Fact]
    public void Lines_AcceptedAndRejected_CountedByResult()
    {
        var counts = new LineCounts();
        var observer = Run(Options, [At(0.5), (0.6, "not a log line")], until: 5, counts: counts);

        string scrape = Scrape(Board(observer, lines: counts));

        Assert.Equal(
            ["httpmonitor_log_lines_total{result=\"accepted\"} 1", "httpmonitor_log_lines_total{result=\"rejected\"} 1", "httpmonitor_log_lines_total{result=\"ignored\"} 0"],
            Samples(scrape, "httpmonitor_log_lines_total"));
    }

    [Fact]
    public void Lines_OnlyRejectedLines_CountedThoughTheClockNeverStarts()
    {
        // A log in the wrong format: no line is accepted, so no second ever closes.
        var counts = new LineCounts();
        var observer = Run(Options, [(0.5, "not a log line"), (1.5, "nor this")], until: 5, counts: counts);

        string scrape = Scrape(Board(observer, lines: counts));

        Assert.Equal(["httpmonitor_log_lines_total{result=\"rejected\"} 2"], Samples(scrape, "httpmonitor_log_lines_total{result=\"rejected\"}"));
    }

    internal static MetricsBoard Board(ITestableObserver<MonitorEvent> observer, double untilSecond = double.MaxValue, LineCounts? lines = null)
    {
        var board = new MetricsBoard(10, lines);
        foreach (var e in Events(observer, untilSecond))
        {
            board.OnNext(e);
        }

        return board;
    }

    internal static string Scrape(MetricsBoard board) => PrometheusText.Write(board.Latest, Context);

    /// <summary>The scrape's sample lines that start with <paramref name="prefix"/>, in order.</summary>
    internal static List<string> Samples(string scrape, string prefix) =>
        [.. scrape.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];

    private static List<MonitorEvent> Events(ITestableObserver<MonitorEvent> observer, double untilSecond = double.MaxValue) =>
        [.. observer.Messages.Where(m => m.Time <= Timeline.Seconds(Math.Min(untilSecond, 1e6)) && m.Value.Kind == NotificationKind.OnNext).Select(m => m.Value.Value)];

    private static IEnumerable<(string Series, long Value)> Series(string scrape, string name) =>
        Samples(scrape, name + "{").Select(l => (l[..l.LastIndexOf(' ')], long.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));

    private static string Section(string series) => series.Split('"')[1];
}
