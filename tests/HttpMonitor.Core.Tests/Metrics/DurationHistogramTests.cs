using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Metrics;

public sealed class DurationHistogramTests
{
    private static readonly ScrapeContext Context = new(Some.Start, null, null, "test");

    [Fact]
    public void Histogram_TimedSeconds_CumulativeBucketsCountAndSum()
    {
        var board = new MetricsBoard(10, null);
        board.OnNext(Second(0, 1_000, 7_000));
        board.OnNext(Second(1, 30_000, 2_000_000, 20_000_000));

        var lines = MetricsBoardTests.Samples(PrometheusText.Write(board.Latest, Context), "httpmonitor_request_duration_seconds");

        Assert.Equal(
            [
                "httpmonitor_request_duration_seconds_bucket{le=\"0.005\"} 1",
                "httpmonitor_request_duration_seconds_bucket{le=\"0.01\"} 2",
                "httpmonitor_request_duration_seconds_bucket{le=\"0.025\"} 2",
                "httpmonitor_request_duration_seconds_bucket{le=\"0.05\"} 3",
                "httpmonitor_request_duration_seconds_bucket{le=\"0.1\"} 3",
                "httpmonitor_request_duration_seconds_bucket{le=\"0.25\"} 3",
                "httpmonitor_request_duration_seconds_bucket{le=\"0.5\"} 3",
                "httpmonitor_request_duration_seconds_bucket{le=\"1\"} 3",
                "httpmonitor_request_duration_seconds_bucket{le=\"2.5\"} 4",
                "httpmonitor_request_duration_seconds_bucket{le=\"5\"} 4",
                "httpmonitor_request_duration_seconds_bucket{le=\"10\"} 4",
                "httpmonitor_request_duration_seconds_bucket{le=\"+Inf\"} 5",
                "httpmonitor_request_duration_seconds_sum 22.038",
                "httpmonitor_request_duration_seconds_count 5",
            ],
            lines);
    }

    [Fact]
    public void Histogram_LogWithoutDurations_IsNotServed()
    {
        var board = new MetricsBoard(10, null);
        board.OnNext(new ClosedSecond(Some.Start, new Tally(1, 0, 0, 10), [], ClientCounts.Empty, []));

        Assert.DoesNotContain("httpmonitor_request_duration_seconds", PrometheusText.Write(board.Latest, Context), StringComparison.Ordinal);
    }

    private static ClosedSecond Second(int s, params long[] micros)
    {
        var sketch = new LatencySketch();
        foreach (long m in micros)
        {
            sketch.Add(m);
        }

        return new ClosedSecond(Some.Start.AddSeconds(s), new Tally(micros.Length, 0, 0, 0), [], ClientCounts.Empty, []) { Latency = sketch.Freeze() };
    }
}
