using System.Reactive.Linq;
using System.Reactive.Subjects;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Ui;

/// <summary>
/// Folds a <see cref="LiveMonitor"/>'s events into <see cref="MonitorSnapshot"/>s with Scan, on the
/// reading thread; the window reads the latest one when it repaints.
/// </summary>
/// <remarks>
/// Threshold changes enter the same fold through a subject, merged with the events, so a change
/// and the alerts it causes are recorded in the order they happened.
/// </remarks>
internal sealed class MonitorSession : IMonitorSession, IDisposable
{
    private readonly LiveMonitor _monitor;
    private readonly Subject<Func<MonitorSnapshot, MonitorSnapshot>> _changes = new();
    private readonly IDisposable _subscription;

    // Not disposed: a follower still stopping may report after the session ends, and OnNext after
    // OnCompleted is ignored where after Dispose it throws.
    private readonly Subject<FollowStatus> _statuses = new();
    private MonitorSnapshot _latest;

    /// <summary>Subscribes at once: create it before the monitor runs.</summary>
    public MonitorSession(LiveMonitor monitor, bool hasGeography = false)
    {
        _monitor = monitor;
        _latest = MonitorSnapshot.Start(monitor.Options) with { HasGeography = hasGeography };
        _subscription = monitor.Events
            .Select(e => (Func<MonitorSnapshot, MonitorSnapshot>)(s => s.Fold(e)))
            .Merge(_changes)
            .Scan(_latest, (snapshot, step) => step(snapshot))
            .Subscribe(s => Volatile.Write(ref _latest, s));
        monitor.Following += Watch;
    }

    // Followers report from their own threads: one at a time for the subscriber.
    public IObservable<FollowStatus> StatusChanges => _statuses.Synchronize();

    public ScreenState Read()
    {
        var counts = _monitor.Counts;
        return new ScreenState(
            Volatile.Read(ref _latest), _monitor.Status, counts.Accepted, counts.Rejected, counts.LatestRejected, counts.Future,
            Output.TextFormat.FormatName(counts), counts.MostlyRejectedSaid);
    }

    /// <summary>Records a line in the history from any thread, in order with the alerts.</summary>
    public void Note(HistoryKind kind, string message) => _changes.OnNext(s => s.WithNote(kind, message));

    private void Watch(FileFollower follower) => follower.StatusChanged += _statuses.OnNext;

    public void Apply(MonitorOptions options)
    {
        // The record first, then the pipeline: an alert the new threshold causes comes after it.
        _changes.OnNext(s => s.WithOptions(options));
        _monitor.Apply(options);
    }

    public void Dispose()
    {
        _monitor.Following -= Watch;
        _statuses.OnCompleted();
        _subscription.Dispose();
        _changes.Dispose();
    }
}
