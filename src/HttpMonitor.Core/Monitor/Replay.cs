using System.Reactive.Subjects;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Monitor;

/// <summary>Replays a log as fast as it can be read, on the log's own clock.</summary>
public static class Replay
{
    /// <summary>
    /// Reads <paramref name="log"/> to its end and reports every event to <paramref name="output"/>,
    /// synchronously, in order. A cancelled replay stops where it is, without the end-of-input events.
    /// </summary>
    public static LineCounts Run(Stream log, MonitorOptions options, IObserver<MonitorEvent> output, CancellationToken cancel = default, GeoDatabase? geo = null)
    {
        using var clock = new LogClock(pipelined: true);
        var ingest = new LogIngest(clock);
        using var settings = new BehaviorSubject<MonitorOptions>(options);
        using var subscription = clock.Entries.ToMonitorEvents(settings, clock.Scheduler, geo).Subscribe(output);
        LogStreams.ReadToEnd(log, new LineSplitter(ingest), cancel);
        if (!cancel.IsCancellationRequested)
        {
            clock.Complete();
        }

        return ingest.Counts;
    }
}
