using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Core.Tests.Support;
using HttpMonitor.Testing;

namespace HttpMonitor.Core.Tests.Latency;

/// <summary>
/// SEMANTICS "Response times" on a real log: NASA's requests, each given a duration (a heavy
/// tail, zeros, ties), written in every timed format and replayed. Every window's and section's
/// count and max are exact, the mean exact to 0.001 ms, p50…p99 within 1% of exact nearest rank.
/// </summary>
public sealed class LatencyReplayTests
{
    private const int Interval = 10;
    private static readonly decimal[] Quantiles = [0.50m, 0.90m, 0.95m, 0.99m];
    private static readonly List<Request> Requests = NasaWithDurations(4000);

    /// <summary>The writers of timed formats, by index (json has three: nginx's, Caddy's, Traefik's).</summary>
    public static TheoryData<int> TimedWriters() => [.. Enumerable.Range(0, RequestLines.All.Count).Where(i => RequestLines.All[i].HasDuration)];

    [Theory]
    [MemberData(nameof(TimedWriters))]
    public void RealLogWithDurations_EveryWindowAndSection_MatchesExactNearestRank(int writerIndex)
    {
        var writer = RequestLines.All[writerIndex];
        var (events, counts) = ReplayRun.Of(RequestLines.Log(writer, Requests), new MonitorOptions { StatisticsInterval = Interval, LogFormat = writer.Format });

        Assert.Equal(Requests.Count, counts.Accepted);
        var windows = events.OfType<WindowStats>().Where(w => w.Hits > 0).ToList();
        var model = Model();
        Assert.Equal(model.Count, windows.Count);
        foreach (var window in windows)
        {
            var expected = model[window.Start];
            AssertClose(expected.Select(r => r.DurationMicros), window.Latency);
            foreach (var section in window.Sections)
            {
                AssertClose(expected.Where(r => SectionOf(r) == section.Section).Select(r => r.DurationMicros), section.Latency);
            }
        }

        var profile = events.OfType<TrafficProfile>().Single(p => p.Final);
        AssertClose(Requests.Select(r => r.DurationMicros), profile.Latency);
        Assert.Equal("/images", profile.SectionLatencies[0].Section); // NASA's busiest section
        AssertClose(Requests.Where(r => SectionOf(r) == "/images").Select(r => r.DurationMicros), profile.SectionLatencies[0].Latency);
    }

    [Fact]
    public void UntimedLog_HasNoLatency()
    {
        var (events, _) = ReplayRun.Of(RequestLines.Log(RequestLines.All.First(w => w.Format == "combined" && !w.HasDuration), Requests.Take(100)));

        Assert.All(events.OfType<WindowStats>(), w => Assert.Null(w.Latency));
        Assert.All(events.OfType<WindowStats>().SelectMany(w => w.Sections), s => Assert.Null(s.Latency));
        Assert.Null(events.OfType<TrafficProfile>().Single(p => p.Final).Latency);
        Assert.All(events.OfType<ClosedSecond>(), s => Assert.Empty(s.Slowest));
    }

    /// <summary>Requests by the window of their effective second (the running maximum of the times seen).</summary>
    private static Dictionary<DateTimeOffset, List<Request>> Model()
    {
        var windows = new Dictionary<DateTimeOffset, List<Request>>();
        long first = Requests[0].Time.ToUnixTimeSeconds();
        long clock = first;
        foreach (var r in Requests)
        {
            clock = Math.Max(clock, r.Time.ToUnixTimeSeconds());
            var start = DateTimeOffset.FromUnixTimeSeconds(first + ((clock - first) / Interval * Interval));
            (windows.TryGetValue(start, out var list) ? list : windows[start] = []).Add(r);
        }

        return windows;
    }

    private static void AssertClose(IEnumerable<long> durations, LatencySketch? sketch)
    {
        var exact = new ExactLatency(durations);
        Assert.NotNull(sketch);
        Assert.Equal((exact.Count, exact.Max), (sketch.Count, sketch.Max));
        Assert.InRange(sketch.Mean / 1000, exact.MeanMs - 0.0005, exact.MeanMs + 0.0005);
        foreach (decimal q in Quantiles)
        {
            long want = exact.Quantile(q);
            Assert.InRange(sketch.Quantile((double)q), want * 0.99, want * 1.01);
        }
    }

    private static string SectionOf(Request r) => r.Path.IndexOf('/', 1) is var slash and > 0 ? r.Path[..slash] : r.Path;

    /// <summary>The first accepted requests of NASA's log with plain paths, each given a duration: mostly fast, a heavy tail, zeros and repeats.</summary>
    private static List<Request> NasaWithDurations(int count)
    {
        var combined = ParserExtensions.Format("combined");
        var random = new Random(95);
        var requests = new List<Request>();
        foreach (string line in File.ReadLines(TestData.Path("nasa_aug95_partial_aman-panchal.log")))
        {
            if (combined.ParseEntry(System.Text.Encoding.UTF8.GetBytes(line), out var e) != LineKind.Accepted
                || !e.Path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '~'))
            {
                continue;
            }

            int roll = random.Next(100);
            int ms = roll switch
            {
                < 5 => 0,
                < 15 => 42, // ties
                < 80 => random.Next(1, 60),
                < 97 => random.Next(60, 3000),
                _ => random.Next(3000, 120_000),
            };
            requests.Add(new Request(e.Timestamp, e.Host, "GET", e.Path, e.Status, e.Bytes, "nasa.example", ms));
            if (requests.Count == count)
            {
                break;
            }
        }

        return requests;
    }
}
