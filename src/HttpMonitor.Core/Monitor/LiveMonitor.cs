using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// Follows a log file and runs the monitor on the live clock: the log's timestamps move it, and
/// so does the wall clock (<paramref name="wall"/>), less <see cref="MonitorOptions.LiveTolerance"/>,
/// so time passes and alerts recover when the log goes silent.
/// </summary>
/// <remarks>
/// The file's bytes and the wall clock's ticks are two observables merged into one serialized
/// stream that drives the clock (<see cref="ClockObservable.ToClosedSeconds"/>): nothing else
/// touches it, so no lock is needed. With <c>fromStart</c> what the file holds is read first on
/// the log's own clock; the wall clock joins in once it has been read. When the run stops, the
/// open second closes and the partial window and the final profile come out, as at the end of a
/// replay. Events are raised on the reading or the heartbeat thread, one at a time.
/// </remarks>
public sealed class LiveMonitor : IDisposable
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMilliseconds(200);

    private readonly MonitorOptions _initial;
    private readonly IScheduler _wall;
    private readonly GeoDatabase? _geo;
    private readonly Subject<MonitorOptions> _changes = new();
    private readonly Subject<MonitorEvent> _events = new();
    private MonitorOptions _options;

    /// <param name="wall">The wall clock: its <c>Now</c>, and the heartbeat's timer.</param>
    /// <param name="time">The follower's time (polling, rotation grace).</param>
    public LiveMonitor(string path, MonitorOptions options, IScheduler wall, TimeProvider time, bool fromStart = false, GeoDatabase? geo = null)
    {
        _initial = _options = options;
        _wall = wall;
        _geo = geo;
        Follower = new FileFollower(path, fromStart, time);
    }

    /// <summary>Everything the monitor reports; subscribe before <see cref="RunAsync"/>.</summary>
    public IObservable<MonitorEvent> Events => _events;

    public LineCounts Counts { get; } = new();

    public FileFollower Follower { get; }

    /// <summary>The settings in force; <see cref="Apply"/> changes them.</summary>
    public MonitorOptions Options => Volatile.Read(ref _options);

    /// <summary>New thresholds and intervals, from any thread; the next second closed uses them, no count is lost.</summary>
    public void Apply(MonitorOptions options)
    {
        Volatile.Write(ref _options, options);
        _changes.OnNext(options);
    }

    /// <summary>Follows the file until <paramref name="stop"/>; then the last events come out and the events complete.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        await Monitor(FileInputs(stop), _wall, _initial, _changes, Counts, _geo)
            .Do(_events)
            .LastOrDefaultAsync();
    }

    /// <summary>
    /// Live monitoring of any inputs: the clock moved by their lines and by a heartbeat of
    /// <paramref name="wall"/> less the tolerance, folded into events. What this class runs on a
    /// followed file, and what tests run in virtual time.
    /// </summary>
    public static IObservable<MonitorEvent> Monitor(
        IObservable<LogInput> inputs, IScheduler wall, MonitorOptions initial, IObservable<MonitorOptions> changes, LineCounts counts, GeoDatabase? geo = null)
    {
        return inputs
            .WithHeartbeat(HeartbeatInterval, wall)
            .ToClosedSeconds(counts, wall, TimeSpan.FromSeconds(initial.LiveTolerance), initial.LogFormat)
            .ToMonitorEvents(initial, changes, geo);
    }

    public void Dispose()
    {
        _changes.Dispose();
        _events.Dispose();
    }

    /// <summary>The followed file's bytes, each file read as a source of its own; completes when <paramref name="stop"/> is cancelled.</summary>
    private IObservable<LogInput> FileInputs(CancellationToken stop) =>
        Observable.Create<LogInput>(async (observer, unsubscribed) =>
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, unsubscribed);
            int sources = 0;
            await Follower.RunAsync(
                () => new InputSink(observer, sources++),
                () => observer.OnNext(LogInput.CaughtUp),
                either.Token).ConfigureAwait(false);
            observer.OnCompleted();
        });
}
