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
    /// With one thread, this one reads, parses and counts; with more, chunks of the log are parsed
    /// on that many threads at once (<see cref="ParallelParse"/>), with the same result. The folds
    /// downstream of the closed seconds run on another thread (<see cref="ClockWorker"/>).
    /// </remarks>
    /// <param name="threads">How many threads parse at once; 1 reads the log line by line on this one.</param>
    public static LineCounts Run(
        Stream log, MonitorOptions options, IObserver<MonitorEvent> output, GeoDatabase? geo = null, int threads = 1, CancellationToken cancel = default)
    {
        var counts = new LineCounts();
        using var seconds = new Subject<ClosedSecond>();
        using var subscription = seconds.ToMonitorEvents(options, Observable.Never<MonitorOptions>(), geo).Subscribe(output);
        using var worker = new ClockWorker(seconds);
        if (threads > 1)
        {
            ParallelParse.Run(new LineChunks(log), options.LogFormat, threads, counts, worker, cancel);
            return counts;
        }

        var clock = new LogClock(worker);
        LogStreams.ReadToEnd(log, new LineSplitter(new LogIngest(clock, counts, options.LogFormat)), cancel);
        if (!cancel.IsCancellationRequested)
        {
            clock.Complete();
        }

        return counts;
    }
}
