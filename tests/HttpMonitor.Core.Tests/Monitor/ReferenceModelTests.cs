using System.Globalization;
using System.Text;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Monitor;

/// <summary>
/// The engine against a naive model of SEMANTICS.md written straight from the text (whole-array
/// sums, no Rx, no scheduler), on random logs with out-of-order lines, gaps and odd settings.
/// </summary>
public sealed class ReferenceModelTests
{
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Replay_RandomLog_AgreesWithTheNaiveModel(int seed)
    {
        var random = new Random(seed);
        var options = new MonitorOptions
        {
            StatisticsInterval = random.Next(1, 15),
            TrafficAlertInterval = random.Next(1, 30),
            AverageTrafficThreshold = random.Next(1, 40) / 8.0,
            ErrorsAlertInterval = random.Next(1, 15),
            MaxErrorsThreshold = random.Next(0, 6),
            TrafficRecoveryThreshold = random.Next(3) == 0 ? 0.25 : null,
        };
        string log = RandomLog(random);

        var (events, _) = ReplayRun.Of(log, options);
        var actual = events.Where(e => e is WindowStats or AlertEvent or Gap).Select(Describe).ToList();

        Assert.Equal(Model(log, options), actual);
    }

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        foreach (int seed in Enumerable.Range(1, 60))
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    internal static string RandomLog(Random random)
    {
        string[] targets = ["/a/1", "/a/2", "/b", "/", "*", "http://h.example/c/d?x", "/c?q=1", "/d#f", "-"];
        int[] statuses = [200, 200, 200, 304, 404, 403, 500, 503];
        var log = new StringBuilder();
        var now = new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.FromHours(random.Next(-3, 4)));
        int lines = random.Next(0, 400);
        for (int i = 0; i < lines; i++)
        {
            int roll = random.Next(100);
            now = now.AddSeconds(roll < 60 ? 0 : roll < 97 ? random.Next(1, 3) : random.Next(20, 400));
            var stamp = random.Next(10) == 0 ? now.AddSeconds(-random.Next(1, 6)) : now; // out of order
            if (random.Next(40) == 0)
            {
                log.Append("malformed line ").Append(i).Append('\n');
                continue;
            }

            log.Append(Some.Line(stamp, targets[random.Next(targets.Length)], statuses[random.Next(statuses.Length)]).Replace(" 100 ", $" {random.Next(0, 5000)} ")).Append('\n');
        }

        return log.ToString();
    }

    /// <summary>
    /// SEMANTICS.md, read literally: effective times, then every closed second in turn. Two or more
    /// windows without a line that one move of the clock closes (the clock moves to each line's
    /// effective time, and at the end to the end of the last second) are one gap.
    /// </summary>
    private static List<string> Model(string log, MonitorOptions o)
    {
        var parser = new LogLineParser();
        var arrivals = new List<(long Second, LogEntry Entry)>();
        long? clock = null;
        foreach (string line in log.Split('\n'))
        {
            if (parser.ParseEntry(Encoding.UTF8.GetBytes(line), out var e) != LineKind.Accepted)
            {
                continue;
            }

            long ts = e.Timestamp.ToUnixTimeSeconds();
            clock = clock is null ? ts : Math.Max(ts, clock.Value);
            arrivals.Add((clock.Value, e));
        }

        var output = new List<string>();
        if (clock is null)
        {
            return output;
        }

        long t0 = arrivals[0].Second, end = clock.Value + 1;
        long Hits(long from, long to, Func<LogEntry, bool> which) =>
            arrivals.Count(a => a.Second >= from && a.Second < to && which(a.Entry));

        // The move that closes the window ending at e: the first clock position at or past e.
        var moves = arrivals.Select(a => a.Second).Append(end).Distinct().ToList();
        int MoveClosing(long e) => moves.FindIndex(m => m >= e);
        bool Empty(long start, long stop) => !arrivals.Any(a => a.Second >= start && a.Second < stop);
        var emptyWindowsByMove = Enumerable.Range(0, (int)((end - t0) / o.StatisticsInterval))
            .Select(w => t0 + ((w + 1L) * o.StatisticsInterval))
            .Where(e => Empty(e - o.StatisticsInterval, e))
            .GroupBy(MoveClosing)
            .ToDictionary(g => g.Key, g => g.ToList());

        bool trafficOn = false, errorsOn = false;
        long trafficSince = 0, errorsSince = 0;
        for (long e = t0 + 1; e <= end; e++)
        {
            if ((e - t0) % o.StatisticsInterval == 0)
            {
                var gap = emptyWindowsByMove.GetValueOrDefault(MoveClosing(e));
                if (gap is not { Count: >= 2 } || !gap.Contains(e))
                {
                    output.Add(Window(arrivals, e - o.StatisticsInterval, e, partial: false));
                }
                else if (gap[^1] == e)
                {
                    output.Add($"gap {gap[0] - o.StatisticsInterval}-{e} {gap.Count}");
                }
            }

            long hits = Hits(e - o.TrafficAlertInterval, e, _ => true);
            double average = (double)hits / o.TrafficAlertInterval;
            if (!trafficOn && average > o.AverageTrafficThreshold)
            {
                (trafficOn, trafficSince) = (true, e);
                output.Add($"alert traffic triggered {e} {hits}");
            }
            else if (trafficOn && (o.TrafficRecoveryThreshold is { } r ? average < r : average <= o.AverageTrafficThreshold))
            {
                trafficOn = false;
                output.Add($"alert traffic recovered {e} {hits} lasted {e - trafficSince}");
            }

            long errors = Hits(e - o.ErrorsAlertInterval, e, x => x.Status >= 400);
            if (!errorsOn && errors > o.MaxErrorsThreshold)
            {
                (errorsOn, errorsSince) = (true, e);
                output.Add($"alert errors triggered {e} {errors}");
            }
            else if (errorsOn && errors <= o.MaxErrorsThreshold)
            {
                errorsOn = false;
                output.Add($"alert errors recovered {e} {errors} lasted {e - errorsSince}");
            }
        }

        long lastStart = t0 + ((end - t0) / o.StatisticsInterval * o.StatisticsInterval);
        if (lastStart < end)
        {
            output.Add(Window(arrivals, lastStart, end, partial: true));
        }

        return output;
    }

    private static string Window(List<(long Second, LogEntry Entry)> arrivals, long start, long end, bool partial)
    {
        var inWindow = arrivals.Where(a => a.Second >= start && a.Second < end).Select(a => a.Entry).ToList();
        var sections = inWindow
            .GroupBy(e => e.Section)
            .Select(g =>
            {
                var heaviest = g.First();
                foreach (var e in g)
                {
                    heaviest = e.Bytes > heaviest.Bytes ? e : heaviest;
                }

                return new SectionStats(g.Key, new Tally(g.Count(), g.Count(e => e.Is4xx), g.Count(e => e.Is5xx), g.Sum(e => e.Bytes)), heaviest.Path, heaviest.Bytes);
            })
            .ToList();
        sections.Sort(SectionStats.CompareByRank);
        return string.Create(CultureInfo.InvariantCulture,
            $"stats {start}-{end} {partial} {inWindow.Count} {inWindow.Count(e => e.Is4xx)} {inWindow.Count(e => e.Is5xx)} {inWindow.Sum(e => e.Bytes)} {string.Join(";", sections)}");
    }

    private static string Describe(MonitorEvent e) => e switch
    {
        Gap g => $"gap {g.Start.ToUnixTimeSeconds()}-{g.End.ToUnixTimeSeconds()} {g.Windows}",
        WindowStats w => string.Create(CultureInfo.InvariantCulture,
            $"stats {w.Start.ToUnixTimeSeconds()}-{w.End.ToUnixTimeSeconds()} {w.Partial} {w.Hits} {w.Errors4xx} {w.Errors5xx} {w.Bytes} {string.Join(";", w.Sections)}"),
        AlertEvent { State: AlertState.Triggered } a => $"alert {a.Rule.Name} triggered {a.At.ToUnixTimeSeconds()} {SomeAlerts.Count(a)}",
        AlertEvent a => $"alert {a.Rule.Name} recovered {a.At.ToUnixTimeSeconds()} {SomeAlerts.Count(a)} lasted {(long)a.Duration.TotalSeconds}",
        _ => e.ToString(),
    };
}
