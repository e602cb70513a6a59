using System.Reactive.Linq;
using System.Reactive.Subjects;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Monitor;

/// <summary>Replays a log as fast as it can be read, on the log's own clock.</summary>
public static class Replay
{
    /// <summary>
    /// Reads <paramref name="log"/> to its end and reports every event to <paramref name="output"/>,
    /// synchronously, in order. A cancelled replay stops where it is, without the end-of-input events.
    /// </summary>
    /// <remarks>
    /// With one thread, this one reads, parses and counts, and the folds downstream of the closed
    /// seconds run on another (<see cref="ClockWorker"/>); otherwise chunks of the log are parsed on
    /// that many threads at once, and put on the clock and folded on one more (<see cref="ParallelParse"/>),
    /// with the same result.
    /// </remarks>
    /// <param name="threads">How many threads parse at once; 1 reads the log line by line on this one; <see cref="Threads.Auto"/> one per core.</param>
    public static LineCounts Run(
        Stream log, MonitorOptions options, IObserver<MonitorEvent> output, GeoDatabase? geo = null, int threads = 1, CancellationToken cancel = default)
    {
        var counts = new LineCounts();
        using var seconds = new Subject<ClosedSecond>();
        using var subscription = seconds.ToMonitorEvents(options, Observable.Never<MonitorOptions>(), geo).Subscribe(output);
        if (threads != 1)
        {
            ParallelParse.Run(new LineChunks(log), options.LogFormat, threads, counts, seconds, cancel);
            return counts;
        }

        using var worker = new ClockWorker(seconds);
        var clock = new LogClock(worker);
        LogStreams.ReadToEnd(log, new LineSplitter(new LogIngest(clock, counts, options.LogFormat)), cancel);
        if (!cancel.IsCancellationRequested)
        {
            clock.Complete();
        }

        return counts;
    }
}
