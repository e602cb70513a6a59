using System.Globalization;
using System.Reactive;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Clock;

/// <summary>
/// Parallel parsing gives exactly the seconds and counts of one thread reading every line in turn:
/// logs cut into chunks of a line or two, so that nearly every second spans chunks.
/// </summary>
public sealed class ParallelParseTests
{
    private const string Timed = "nginx:$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent $host $request_time";
    private const int MaxLine = 300;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parallel_RandomTimedLog_GivesTheSecondsOfOneReader(int seed)
    {
        var log = RandomLog(new Random(seed), lines: 2_000);

        AssertSameAsOneReader(log, Timed, chunkBytes: 1 + (seed % 4 * 200));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [InlineData("combined")]
    [InlineData(Timed)]
    public void Parallel_AutoThreads_GivesTheSecondsOfOneReader(string format)
    {
        // The timed lines read as combined too: anything after the byte count is allowed.
        AssertSameAsOneReader(RandomLog(new Random(5), lines: 1_500), format, chunkBytes: 1, Threads.Auto);
    }

    [Fact]
    public void Parallel_ALineStampedFarAhead_JoinsEveryLaterChunkIntoItsSecond()
    {
        var lines = new List<string> { Line(Some.Start, "/a", "10.0.0.1", 200, 5), Line(Some.Start.AddDays(1), "/ahead", "10.0.0.2", 500, 9) };
        lines.AddRange(Enumerable.Range(0, 300).Select(i => Line(Some.Start.AddSeconds(i % 20), $"/s{i % 7}", $"10.0.{i % 3}.{i % 5}", i % 9 == 0 ? 404 : 200, i * 7 % 50)));

        AssertSameAsOneReader(string.Join('\n', lines) + '\n', Timed, chunkBytes: 1);
    }

    [Fact]
    public void Parallel_MoreDistinctKeysInASecondThanItsBound_OverflowsAsOneReaderDoes()
    {
        // 10,000 sections and clients per second are kept, the rest is "(other)": over chunk boundaries too.
        var lines = Enumerable.Range(0, OpenSecond.SectionCapacity + 700)
            .Select(i => Line(Some.Start.AddSeconds(i / 6000), $"/s{i}", $"10.{i / 65536}.{i / 256 % 256}.{i % 256}", i % 5 == 0 ? 503 : 200, i % 97));

        AssertSameAsOneReader(string.Join('\n', lines) + '\n', Timed, chunkBytes: 40_000);
    }

    [Fact]
    public void Parallel_OverlongBlankAndUnendedLines_AreCountedAsOneReaderCountsThem()
    {
        string overlong = Line(Some.Start, "/" + new string('x', 2 * MaxLine), "10.0.0.9", 200, 1);
        string log = string.Join('\n', "", "  ", overlong, Line(Some.Start, "/a", "10.0.0.1", 200, 3), "not a line\r", overlong + overlong,
            Line(Some.Start.AddSeconds(1), "/b", "10.0.0.2", 404, 4), overlong) + "\n" + Line(Some.Start.AddSeconds(2), "/c", "10.0.0.3", 200, 5);

        AssertSameAsOneReader(log, Timed, chunkBytes: 1);
        AssertSameAsOneReader(log + "\n" + overlong, Timed, chunkBytes: 1);
    }

    [Fact]
    public void Parallel_Auto_TheFirstLineAfterBlankAndOverlongOnesChoosesTheFormat()
    {
        string json = "{\"time\":\"2026-11-23T10:00:00Z\",\"remote_addr\":\"10.0.0.1\",\"request\":\"GET /a HTTP/1.1\",\"status\":200,\"body_bytes_sent\":10}";
        string log = "\n\n" + new string('y', 3 * MaxLine) + "\n" + string.Join('\n', Enumerable.Repeat(json, 20)) + "\n";

        var (counts, _) = AssertSameAsOneReader(log, LogFormats.Auto, chunkBytes: 1);

        Assert.Equal(("json", true, 20L, 1L), (counts.Format, counts.FormatDetected, counts.Accepted, counts.Rejected));
    }

    [Fact]
    public void Parallel_W3cWhoseFieldsChange_IsReadInOrder()
    {
        string log = """
            #Fields: date time c-ip cs-method cs-uri-stem sc-status sc-bytes
            2026-11-23 10:00:00 10.0.0.1 GET /a 200 10
            2026-11-23 10:00:01 10.0.0.2 GET /b 404 20
            #Fields: date time cs-uri-stem c-ip cs-method sc-bytes sc-status time-taken
            2026-11-23 10:00:01 /c 10.0.0.3 GET 30 500 12
            2026-11-23 10:00:02 /d 10.0.0.4 GET 40 200 7

            """;

        var (counts, seconds) = AssertSameAsOneReader(log, LogFormats.Auto, chunkBytes: 1);

        Assert.Equal((4L, 2L), (counts.Accepted, counts.Ignored));
        Assert.Contains(seconds, s => s.Sections.Any(x => x.Section == "/c" && x.Errors5xx == 1));
    }

    [Fact]
    public void InOrder_ChunksParsedAheadOfTheFolds_GiveTheSecondsOfOneReader()
    {
        // w3c is parsed so (its #Fields carry over); about 900 seconds in chunks of 4 KiB,
        // 40 chunks parsed before the folds take them, as when the folding thread lags.
        var log = RandomLog(new Random(7), lines: 3_000);
        var parser = new InOrderParser(LogFormats.Compile(Timed)!, MaxLine);
        var chunks = new LineChunks(new MemoryStream(Encoding.UTF8.GetBytes(log)), 4096, MaxLine);
        var (counts, seconds) = (new LineCounts(), new List<ClosedSecond>());
        var clock = new PartsClock(Observer.Create<ClosedSecond>(seconds.Add), counts);
        var waiting = new List<ChunkSeconds>();
        while (chunks.Next(CancellationToken.None) is { } chunk)
        {
            waiting.Add(parser.Parse(chunk));
            if (waiting.Count == 40)
            {
                waiting.ForEach(clock.Add);
                waiting.Clear();
            }
        }

        waiting.Add(parser.Complete());
        waiting.ForEach(clock.Add);
        clock.Complete();

        var (oneCounts, one) = OneReader(log, Timed);
        Assert.Equal(one.Select(SecondText.Of), seconds.Select(SecondText.Of));
        Assert.Equal(
            (oneCounts.Lines, oneCounts.Accepted, oneCounts.Rejected, oneCounts.FirstRejected, oneCounts.LatestRejected),
            (counts.Lines, counts.Accepted, counts.Rejected, counts.FirstRejected, counts.LatestRejected));
    }

    private static (LineCounts Counts, List<ClosedSecond> Seconds) AssertSameAsOneReader(string log, string format, int chunkBytes, int threads = 3)
    {
        var (oneCounts, one) = OneReader(log, format);
        var (parallelCounts, parallel) = Parallel(log, format, chunkBytes, threads);

        Assert.Equal(one.Select(SecondText.Of), parallel.Select(SecondText.Of));
        Assert.Equal(Describe(oneCounts), Describe(parallelCounts));
        return (parallelCounts, parallel);
    }

    private static (LineCounts, List<ClosedSecond>) OneReader(string log, string format)
    {
        var (counts, seconds) = (new LineCounts(), new List<ClosedSecond>());
        var clock = new LogClock(Observer.Create<ClosedSecond>(seconds.Add));
        var lines = new LineSplitter(new LogIngest(clock, counts, format), MaxLine);
        lines.Write(Encoding.UTF8.GetBytes(log));
        lines.Flush();
        clock.Complete();
        return (counts, seconds);
    }

    private static (LineCounts, List<ClosedSecond>) Parallel(string log, string format, int chunkBytes, int threads)
    {
        var (counts, seconds) = (new LineCounts(), new List<ClosedSecond>());
        var chunks = new LineChunks(new MemoryStream(Encoding.UTF8.GetBytes(log)), chunkBytes, MaxLine);
        ParallelParse.Run(chunks, format, threads, counts, Observer.Create<ClosedSecond>(seconds.Add), CancellationToken.None);
        return (counts, seconds);
    }

    private static string Describe(LineCounts c) =>
        $"{c.Lines} {c.Accepted} {c.Rejected} {c.Ignored} {c.Format} {c.FormatDetected} [{c.FirstRejected}] [{c.LatestRejected}]";

    /// <summary>Late lines, bursts, gaps, repeated durations (ties among the slowest), vhosts, malformed lines.</summary>
    private static string RandomLog(Random random, int lines)
    {
        var log = new StringBuilder();
        var now = Some.Start;
        for (int i = 0; i < lines; i++)
        {
            int roll = random.Next(100);
            now = now.AddSeconds(roll < 70 ? 0 : roll < 98 ? 1 : random.Next(2, 30));
            var stamp = random.Next(8) == 0 ? now.AddSeconds(-random.Next(1, 6)) : now;
            string line = random.Next(50) == 0
                ? "malformed " + i
                : Line(stamp, $"/s{random.Next(9)}/p{random.Next(4)}", $"10.0.{random.Next(3)}.{random.Next(40)}", random.Next(6) == 0 ? 500 : 200, random.Next(30), $"h{random.Next(3)}");
            log.Append(line).Append('\n');
        }

        return log.ToString();
    }

    private static string Line(DateTimeOffset at, string target, string client, int status, int millis, string host = "example.org") =>
        string.Create(CultureInfo.InvariantCulture,
            $"{client} - - [{at:dd/MMM/yyyy:HH:mm:ss} +0000] \"GET {target} HTTP/1.1\" {status} {millis * 13} {host} {millis / 1000.0:0.000}");
}
