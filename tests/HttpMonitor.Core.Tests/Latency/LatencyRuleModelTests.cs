using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Latency;

/// <summary>
/// Response-time rules (mean, p50 … p99) against a naive model of SEMANTICS' "Alert rules" and
/// "Response times": every window's durations gathered again at every second, exact nearest rank.
/// Durations come from a few values and thresholds lie far from them, so a sketch within 1% of
/// the exact value and the exact value always fall on the same side of a threshold.
/// </summary>
public sealed class LatencyRuleModelTests
{
    private static readonly int[] DurationsMs = [0, 5, 20, 80, 300, 1200];
    private static readonly double[] ThresholdsMs = [2, 10, 50, 150, 600];
    private static readonly AlertMetric[] Metrics = [AlertMetric.Mean, AlertMetric.P50, AlertMetric.P90, AlertMetric.P95, AlertMetric.P99];

    private const int SeedCount = 40;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, SeedCount)];

    private static readonly RequestLines.Writer Nginx = RequestLines.All.First(w => w.HasDuration && w.Format.StartsWith("nginx:", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Replay_RandomTimedLogAndLatencyRules_FireAndRecoverWhereTheModelSays(int seed)
    {
        var (requests, options) = Case(seed);

        var (events, _) = ReplayRun.Of(RequestLines.Log(Nginx, requests), options);
        var actual = events.OfType<AlertEvent>().Select(a => $"{a.Rule.Name} {(a.Triggered ? "triggered" : "recovered")} {a.At.ToUnixTimeSeconds()}");

        Assert.Equal(Model(requests, AlertRuleSet.Of(options)), actual);
    }

    [Fact]
    public void Model_TheSeedsFireAndRecover()
    {
        var changes = Enumerable.Range(1, SeedCount).Select(Case).SelectMany(c => Model(c.Requests, AlertRuleSet.Of(c.Options))).ToList();

        Assert.True(changes.Count(c => c.Contains(" triggered ", StringComparison.Ordinal)) >= 40, $"{changes.Count} changes");
        Assert.True(changes.Count(c => c.Contains(" recovered ", StringComparison.Ordinal)) >= 40, $"{changes.Count} changes");
    }

    private static (List<Request> Requests, MonitorOptions Options) Case(int seed)
    {
        var random = new Random(seed);
        var requests = SomeRequests.Random(random, 400).Select(r => r with { DurationMs = DurationsMs[random.Next(DurationsMs.Length)] }).ToList();
        var rules = Enumerable.Range(0, random.Next(1, 4)).Select(i => RandomRule(random, i)).ToList();
        return (requests, new MonitorOptions { Alerts = rules, LogFormat = Nginx.Format });
    }

    private static AlertRuleConfig RandomRule(Random random, int i)
    {
        double threshold = ThresholdsMs[random.Next(ThresholdsMs.Length)];
        bool below = random.Next(4) == 0;
        return new AlertRuleConfig
        {
            Name = "slow" + i,
            Metric = Metrics[random.Next(Metrics.Length)],
            Window = random.Next(1, 40),
            Above = below ? null : threshold,
            Below = below ? threshold : null,
            Recover = random.Next(3) == 0 ? (below ? threshold * 4 : threshold / 4) : null,
            For = random.Next(3) == 0 ? random.Next(0, 10) : null,
            MinRequests = random.Next(1, 6),
            Section = random.Next(4) == 0 ? "/a" : null,
            Vhost = random.Next(4) == 0 ? "api.example.com" : null,
        } is var r && r.Section is not null && r.Vhost is not null ? r with { Vhost = null } : r;
    }

    private static List<string> Model(List<Request> requests, IReadOnlyList<AlertRule> rules)
    {
        var output = new List<string>();
        if (requests.Count == 0)
        {
            return output;
        }

        var arrivals = new List<(long Second, Request Request)>();
        long clock = requests[0].Time.ToUnixTimeSeconds();
        foreach (var r in requests)
        {
            clock = Math.Max(clock, r.Time.ToUnixTimeSeconds());
            arrivals.Add((clock, r));
        }

        var state = rules.ToDictionary(r => r.Name, _ => (Active: false, Held: 0L));
        for (long e = arrivals[0].Second + 1; e <= clock + 1; e++)
        {
            foreach (var rule in rules)
            {
                var durations = arrivals
                    .Where(a => a.Second >= e - rule.WindowSeconds && a.Second < e && Passes(rule, a.Request))
                    .Select(a => (long)a.Request.DurationMs * 1000).ToList();
                double? value = durations.Count >= rule.MinRequests ? Value(rule.Metric, new ExactLatency(durations)) : null;
                var (active, held) = state[rule.Name];
                held = value is { } v && (rule.Below ? v < rule.Threshold : v > rule.Threshold) ? held + 1 : 0;
                if (!active && held >= rule.ForSeconds + 1)
                {
                    active = true;
                    output.Add($"{rule.Name} triggered {e}");
                }
                else if (active && (value is not { } r || (rule.Below ? r >= rule.RecoverAt : r <= rule.RecoverAt)))
                {
                    (active, held) = (false, 0);
                    output.Add($"{rule.Name} recovered {e}");
                }

                state[rule.Name] = (active, held);
            }
        }

        return output;
    }

    private static bool Passes(AlertRule rule, Request r) =>
        (rule.Section is null || r.Path == rule.Section || r.Path.StartsWith(rule.Section + "/", StringComparison.Ordinal))
        && (rule.Vhost is null || r.Vhost == rule.Vhost);

    private static double Value(AlertMetric metric, ExactLatency exact) => metric switch
    {
        AlertMetric.Mean => exact.MeanMs,
        AlertMetric.P50 => exact.Quantile(0.50m) / 1000.0,
        AlertMetric.P90 => exact.Quantile(0.90m) / 1000.0,
        AlertMetric.P95 => exact.Quantile(0.95m) / 1000.0,
        _ => exact.Quantile(0.99m) / 1000.0,
    };
}
