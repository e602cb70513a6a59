using System.Reactive;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Clock;

/// <summary>A replay runs the pipeline on a worker thread: the same events, in the same order, and its failures reach the caller.</summary>
public sealed class ClockWorkerTests
{
    private static readonly MonitorOptions Options = new() { StatisticsInterval = 5, AverageTrafficThreshold = 2, TrafficAlertInterval = 10, MaxErrorsThreshold = 3, ErrorsAlertInterval = 5 };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pipelined_GivesTheEventsOfTheClockOnTheCallersThread(int seed)
    {
        // Bursts, gaps and late lines, enough of them to fill several hand-overs to the worker.
        var random = new Random(seed);
        var lines = new List<string>();
        for (int second = 0; lines.Count < 150_000; second += random.Next(3) == 0 ? random.Next(1, 40) : 1)
        {
            for (int n = random.Next(0, 60); n > 0; n--)
            {
                int late = random.Next(20) == 0 ? random.Next(1, 5) : 0;
                lines.Add(Some.Line(Math.Max(0, second - late), $"/s{random.Next(12)}/p{random.Next(50)}", random.Next(8) == 0 ? 503 : 200));
            }
        }

        var log = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\nnot a line\n");

        var pipelined = Describe(Run(log, pipelined: true));
        var direct = Describe(Run(log, pipelined: false));

        Assert.Equal(direct, pipelined);
        Assert.Contains(direct, e => e.Contains("triggered", StringComparison.Ordinal));
    }

    [Fact]
    public void Pipelined_EventsArriveOnOneOtherThread()
    {
        var threads = new HashSet<int>();
        Replay.Run(Log(2000), Options, Observer.Create<MonitorEvent>(_ => threads.Add(Environment.CurrentManagedThreadId)));

        Assert.Single(threads);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Pipelined_OnSeveralThreads_GivesTheEventsOfOne(int seed)
    {
        var log = Encoding.UTF8.GetBytes(Monitor.ReferenceModelTests.RandomLog(new Random(seed)) + string.Concat(Enumerable.Range(0, 60_000).Select(i => Some.Line(400 + (i / 50) - (i % 7 == 0 ? 3 : 0), $"/s{i % 9}", i % 11 == 0 ? 500 : 200) + "\n")));

        var parallel = new List<MonitorEvent>();
        Replay.Run(new MemoryStream(log), Options, Observer.Create<MonitorEvent>(parallel.Add), threads: 3);

        Assert.Equal(Describe(Run(log, pipelined: false)), Describe(parallel));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Pipelined_AFailingObserver_FailsTheReplay(int threads)
    {
        var observer = Observer.Create<MonitorEvent>(e =>
        {
            if (e is WindowStats)
            {
                throw new IOException("broken pipe");
            }
        });

        var error = Assert.Throws<IOException>(() => Replay.Run(Log(100_000), Options, observer, threads: threads));
        Assert.Equal("broken pipe", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Pipelined_Cancelled_StopsWithoutEndOfInputEvents(int threads)
    {
        using var cancel = new CancellationTokenSource();
        var events = new List<MonitorEvent>();
        var observer = Observer.Create<MonitorEvent>(e =>
        {
            events.Add(e);
            cancel.Cancel();
        });

        Replay.Run(Log(100_000), Options, observer, threads: threads, cancel: cancel.Token);

        Assert.DoesNotContain(events, e => e is WindowStats { Partial: true });
    }

    private static MemoryStream Log(int lines) =>
        new(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, lines).Select(i => Some.Line(i / 20) + "\n"))));

    private static List<MonitorEvent> Run(byte[] log, bool pipelined)
    {
        var events = new List<MonitorEvent>();
        if (pipelined)
        {
            Replay.Run(new MemoryStream(log), Options, Observer.Create<MonitorEvent>(events.Add));
            return events;
        }

        // The clock hands its seconds straight on, on this thread.
        using var seconds = new Subject<ClosedSecond>();
        using var subscription = seconds.ToMonitorEvents(Options, Observable.Never<MonitorOptions>()).Subscribe(events.Add);
        var clock = new LogClock(seconds);
        LogStreams.ReadToEnd(new MemoryStream(log), new LineSplitter(new LogIngest(clock, new LineCounts())), CancellationToken.None);
        clock.Complete();
        return events;
    }

    private static List<string> Describe(List<MonitorEvent> events) =>
        events.Select(e => e switch
        {
            WindowStats w => Timeline.Describe(w, Some.Start) + " " + string.Join(",", w.Sections.Select(s => $"{s.Section}:{s.Hits}:{s.HeaviestPath}")),
            Core.Profile.TrafficProfile p => $"profile {p.At:O} {string.Join(",", p.Clients.Select(c => c.Client + ":" + c.Hits))}",
            _ => Timeline.Describe(e, Some.Start),
        }).ToList();
}
