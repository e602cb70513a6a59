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
    /// This thread reads, parses and counts; the folds downstream of the closed seconds run on
    /// another (<see cref="ClockWorker"/>), and the end-of-input events come back on this one.
    /// </remarks>
    public static LineCounts Run(Stream log, MonitorOptions options, IObserver<MonitorEvent> output, GeoDatabase? geo = null, CancellationToken cancel = default)
    {
        var counts = new LineCounts();
        using var seconds = new Subject<ClosedSecond>();
        using var subscription = seconds.ToMonitorEvents(options, Observable.Never<MonitorOptions>(), geo).Subscribe(output);
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
