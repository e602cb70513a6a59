using System.Reactive.Disposables;
using System.Reactive.Linq;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Support;

/// <summary>A monitor session whose events the test pushes; records what the window applied.</summary>
internal sealed class FakeSession : IMonitorSession
{
    private readonly List<IObserver<FollowStatus>> _watchers = [];
    private ScreenState _state = Some.State(MonitorSnapshot.Start(Some.Options));

    public List<MonitorOptions> Applied { get; } = [];

    public ScreenState Read() => _state;

    public void Push(params MonitorEvent[] events) =>
        _state = _state with { Snapshot = events.Aggregate(_state.Snapshot, (s, e) => s.Fold(e)) };

    public void Set(ScreenState state) => _state = state;

    public IObservable<FollowStatus> StatusChanges => Observable.Create<FollowStatus>(watcher =>
    {
        _watchers.Add(watcher);
        return Disposable.Create(() => _watchers.Remove(watcher));
    });

    /// <summary>The file's new state, in what <see cref="Read"/> gives and, when <paramref name="report"/>, reported as the program's followers report it.</summary>
    public void ChangeStatus(FollowState state, bool report = true)
    {
        _state = _state with { Status = _state.Status with { State = state } };
        if (report)
        {
            _watchers.ForEach(w => w.OnNext(_state.Status));
        }
    }

    public void Apply(MonitorOptions options)
    {
        Applied.Add(options);
        _state = _state with { Snapshot = _state.Snapshot.WithOptions(options) };
    }
}
