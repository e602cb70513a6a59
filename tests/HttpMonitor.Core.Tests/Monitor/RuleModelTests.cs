using System.Globalization;
using System.Text;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Monitor;

/// <summary>
/// Alert rules against a naive model of SEMANTICS' "Alert rules" written straight from the text
/// (every window summed again from the lines at every second), on random logs and random rules.
/// </summary>
public sealed class RuleModelTests
{
    private static readonly AlertMetric[] Counted =
    [
        AlertMetric.Rate, AlertMetric.Hits, AlertMetric.Errors, AlertMetric.Errors4xx, AlertMetric.Errors5xx,
        AlertMetric.ErrorRatio, AlertMetric.Ratio5xx, AlertMetric.BytesRate,
    ];

    [Theory]
    [MemberData(nameof(ReferenceModelTests.Seeds), MemberType = typeof(ReferenceModelTests))]
    public void Replay_RandomLogAndRules_FireAndRecoverWhereTheModelSays(int seed)
    {
        var random = new Random(seed);
        var rules = Enumerable.Range(0, random.Next(1, 5)).Select(i => RandomRule(random, i)).ToList();
        var options = new MonitorOptions { StatisticsInterval = 7, Alerts = rules };
        string log = ReferenceModelTests.RandomLog(random);

        var (events, _) = ReplayRun.Of(log, options);
        var actual = events.OfType<AlertEvent>()
            .Select(a => $"{a.Rule.Name} {(a.Triggered ? "triggered" : "recovered")} {a.At.ToUnixTimeSeconds()} {a.ValueText}")
            .ToList();

        Assert.Equal(Model(log, AlertRuleSet.Of(options)), actual);
    }

    private static AlertRuleConfig RandomRule(Random random, int i)
    {
        var metric = Counted[random.Next(Counted.Length)];
        double threshold = metric switch
        {
            AlertMetric.ErrorRatio or AlertMetric.Ratio5xx => random.Next(1, 9) / 10.0,
            AlertMetric.Rate => random.Next(1, 20) / 8.0,
            AlertMetric.BytesRate => random.Next(100, 5000),
            _ => random.Next(0, 12),
        };
        bool below = random.Next(4) == 0;
        double? recover = random.Next(3) == 0 ? (below ? threshold * 1.5 : threshold / 2) : null;
        return new AlertRuleConfig
        {
            Name = "r" + i,
            Metric = metric,
            Window = random.Next(1, 40),
            Above = below ? null : threshold,
            Below = below ? threshold : null,
            Recover = recover,
            For = random.Next(3) == 0 ? random.Next(1, 8) : 0,
            MinRequests = random.Next(1, 6),
            Section = random.Next(3) == 0 ? (random.Next(2) == 0 ? "/a" : "/b") : null,
        };
    }

    /// <summary>At every second's end e, over the lines of [e−W, e−1] that pass the rule's filter, in the rules' order.</summary>
    private static List<string> Model(string log, IReadOnlyList<AlertRule> rules)
    {
        var parser = new LogLineParser();
        var arrivals = new List<(long Second, LogEntry Entry)>();
        long? clock = null;
        foreach (string line in log.Split('\n'))
        {
            if (parser.ParseEntry(Encoding.UTF8.GetBytes(line), out var e) == LineKind.Accepted)
            {
                long ts = e.Timestamp.ToUnixTimeSeconds();
                clock = clock is null ? ts : Math.Max(ts, clock.Value);
                arrivals.Add((clock.Value, e));
            }
        }

        var output = new List<string>();
        if (clock is null)
        {
            return output;
        }

        var state = rules.ToDictionary(r => r.Name, _ => (Active: false, Held: 0L, Since: 0L));
        for (long e = arrivals[0].Second + 1; e <= clock.Value + 1; e++)
        {
            foreach (var rule in rules)
            {
                var window = arrivals.Where(a => a.Second >= e - rule.WindowSeconds && a.Second < e && (rule.Section is null || a.Entry.Section == rule.Section))
                    .Select(a => a.Entry).ToList();
                double? value = Value(rule, window);
                var (active, held, since) = state[rule.Name];
                held = value is { } v && (rule.Below ? v < rule.Threshold : v > rule.Threshold) ? held + 1 : 0;
                if (!active && held >= rule.ForSeconds + 1)
                {
                    (active, since) = (true, e);
                    output.Add($"{rule.Name} triggered {e} {Text(value)}");
                }
                else if (active && (value is not { } r || (rule.Below ? r >= rule.RecoverAt : r <= rule.RecoverAt)))
                {
                    (active, held) = (false, 0);
                    output.Add($"{rule.Name} recovered {e} {Text(value)}");
                }

                state[rule.Name] = (active, held, since);
            }
        }

        return output;
    }

    private static double? Value(AlertRule rule, List<LogEntry> window)
    {
        long hits = window.Count, errors = window.Count(x => x.IsError), e4 = window.Count(x => x.Is4xx), e5 = window.Count(x => x.Is5xx);
        bool enough = hits >= rule.MinRequests && hits > 0;
        return rule.Metric switch
        {
            AlertMetric.Rate => (double)hits / rule.WindowSeconds,
            AlertMetric.Hits => hits,
            AlertMetric.Errors => errors,
            AlertMetric.Errors4xx => e4,
            AlertMetric.Errors5xx => e5,
            AlertMetric.ErrorRatio => enough ? (double)errors / hits : null,
            AlertMetric.Ratio5xx => enough ? (double)e5 / hits : null,
            _ => (double)window.Sum(x => x.Bytes) / rule.WindowSeconds,
        };
    }

    private static string Text(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "undefined";
}
