using System.Reactive;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Output;

namespace HttpMonitor.Tests.Golden;

/// <summary>
/// The guard of every optimisation: a fixed log (bench/LogGen: 4000 lines with late lines,
/// escapes, "-" sizes, 4xx/5xx and malformed lines) replayed to JSON lines must give exactly
/// the bytes the unoptimised code gave. The expected files were written by
/// <c>httpmonitor replay Golden/access.log --output jsonl [options]</c> before any optimisation.
/// Changed since on purpose, only: a traffic recovery below a lower recovery threshold reports
/// that threshold (expected.tuned.jsonl's "threshold" of its recoveries, 2.6 → 2.3), and the
/// summary gained "future" (lines stamped ahead of the wall clock; always 0 in a replay), then
/// "ignored" (W3C directives; 0 here) and "format" (combined, chosen by auto from the first line), and
/// each client of the profile its "overestimate" (3 here: the log has more clients than the sketch holds).
/// The windows carry no "vhosts": combined lines have none.
/// </summary>
public sealed class GoldenReplayTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Replay_DefaultOptions_IsByteIdenticalToTheStoredOutput(int threads)
    {
        AssertReplayGives("expected.default.jsonl", new MonitorOptions(), threads);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Replay_TunedOptions_IsByteIdenticalToTheStoredOutput(int threads)
    {
        // --traffic-threshold 2.6 --recovery-threshold 2.3 --traffic-window 30
        // --error-threshold 4 --error-window 20 --stats-interval 7 --top 4: alerts of both kinds flip often.
        AssertReplayGives("expected.tuned.jsonl", new MonitorOptions
        {
            AverageTrafficThreshold = 2.6,
            TrafficRecoveryThreshold = 2.3,
            TrafficAlertInterval = 30,
            MaxErrorsThreshold = 4,
            ErrorsAlertInterval = 20,
            StatisticsInterval = 7,
            Top = 4,
        }, threads);
    }

    /// <param name="threads">Threads parsing at once: the output is the same on any number.</param>
    private static void AssertReplayGives(string expectedFile, MonitorOptions options, int threads)
    {
        byte[] expected = File.ReadAllBytes(Golden(expectedFile));

        byte[] actual = ReplayToJsonLines(Golden("access.log"), options, threads);

        // Compare as text first for a readable diff, then as bytes for the contract.
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    /// <summary>What <c>replay FILE --output jsonl</c> writes, composed as ReplayCommand composes it.</summary>
    private static byte[] ReplayToJsonLines(string log, MonitorOptions options, int threads)
    {
        var output = new MemoryStream();
        using (var file = File.OpenRead(log))
        using (var renderer = new JsonLinesRenderer(output, options.Top))
        {
            int alerts = 0;
            var counts = Replay.Run(file, options, Observer.Create<MonitorEvent>(e =>
            {
                alerts += e is AlertEvent ? 1 : 0;
                renderer.Render(e);
            }), threads: threads);
            renderer.Summary(counts, alerts);
        }

        return output.ToArray();
    }

    private static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);
}
