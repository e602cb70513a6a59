using System.Globalization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Monitor;

/// <summary>
/// SEMANTICS "Log formats": everything after parsing is format-blind. The same random requests,
/// written in every format (given, and chosen by auto where auto can), replay to the same
/// statistics windows (sections, heaviest documents, vhosts) and alerts.
/// </summary>
public sealed class FormatEquivalenceTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SameRequests_InEveryFormat_GiveTheSameWindowsAndAlerts(int seed)
    {
        var random = new Random(seed);
        var requests = SomeRequests.Random(random);
        var options = new MonitorOptions
        {
            StatisticsInterval = random.Next(1, 15),
            TrafficAlertInterval = random.Next(1, 30),
            AverageTrafficThreshold = random.Next(1, 40) / 8.0,
            ErrorsAlertInterval = random.Next(1, 15),
            MaxErrorsThreshold = random.Next(0, 6),
            Top = 3,
        };

        var runs = RequestLines.All.Select(w => (Writer: w, Events: Run(RequestLines.Log(w, requests), options with { LogFormat = w.Format }, requests.Count))).ToList();

        var reference = runs[0].Events;
        Assert.All(runs, run => Assert.Equal(reference, run.Events.Select(e => WithoutLatency(WithoutVhosts(e)))));
        var withVhosts = runs.First(r => r.Writer.HasVhost).Events.Select(WithoutLatency).ToList();
        Assert.All(runs.Where(r => r.Writer.HasVhost), run => Assert.Equal(withVhosts, run.Events.Select(WithoutLatency)));
        Assert.Contains(withVhosts, e => e.Contains(" vhosts=", StringComparison.Ordinal) || requests.Count == 0);
        var timed = runs.First(r => r.Writer.HasDuration).Events.Select(WithoutVhosts).ToList();
        Assert.All(runs.Where(r => r.Writer.HasDuration), run => Assert.Equal(timed, run.Events.Select(WithoutVhosts)));
        Assert.Contains(timed, e => e.Contains(" latency=", StringComparison.Ordinal) || requests.Count == 0);
    }

    [Theory]
    [InlineData("combined")]
    [InlineData("vhost_combined")]
    [InlineData("json")]
    [InlineData("w3c")]
    [InlineData("alb")]
    public void Auto_ChoosesTheFormat_AndGivesWhatTheFormatGives(string format)
    {
        var requests = SomeRequests.Random(new Random(7));
        var options = new MonitorOptions { StatisticsInterval = 5 };

        foreach (var writer in RequestLines.All.Where(w => w.Format == format))
        {
            string log = RequestLines.Log(writer, requests);
            Assert.Equal(Run(log, options with { LogFormat = format }, requests.Count), Run(log, options, requests.Count));
        }
    }

    /// <summary>Windows, gaps and alerts of a replay, flattened; every request must have been accepted.</summary>
    private static List<string> Run(string log, MonitorOptions options, int requests)
    {
        var (events, counts) = ReplayRun.Of(log, options);
        Assert.Equal((requests, 0L), (counts.Accepted, counts.Rejected));
        return events.Where(e => e is WindowStats or AlertEvent or Gap).Select(Describe).ToList();
    }

    /// <summary>Without the vhosts (formats without them), keeping the response times at the end.</summary>
    private static string WithoutVhosts(string e) => e.IndexOf(" vhosts=", StringComparison.Ordinal) is var vhosts and >= 0
        ? e[..vhosts] + (e.IndexOf(" latency=", StringComparison.Ordinal) is var latency and >= 0 ? e[latency..] : "")
        : e;

    private static string WithoutLatency(string e) => e.Split(" latency=")[0];

    private static string Describe(MonitorEvent e) => e switch
    {
        WindowStats w => string.Create(CultureInfo.InvariantCulture,
            $"stats {w.Start.ToUnixTimeSeconds()}-{w.End.ToUnixTimeSeconds()} {w.Partial} {w.Tally} {string.Join(";", w.Sections.Select(s => $"{s.Section} {s.Tally} {s.HeaviestPath} {s.HeaviestBytes}"))}")
            + (w.Vhosts.Count > 0 ? " vhosts=" + string.Join(";", w.Vhosts.Select(v => $"{v.Vhost} {v.Tally}")) : "")
            + (w.Latency is { } latency
                ? $" latency={Latency(latency)} " + string.Join(";", w.Sections.Select(s => $"{s.Section}:{Latency(s.Latency)}"))
                : ""),
        AlertEvent a => $"{a.Rule.Name} {a.State} {a.At.ToUnixTimeSeconds()} {a.Value} {a.Message}",
        _ => e.ToString(),
    };

    private static string Latency(HttpMonitor.Core.Collections.LatencySketch? l) => l is null ? "-" : $"{l.Count}/{l.Sum}/{l.Max}/{l.Quantile(0.5)}/{l.Quantile(0.99)}";
}
