using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Support;

/// <summary>A monitor session whose events the test pushes; records what the window applied.</summary>
internal sealed class FakeSession : IMonitorSession
{
    private ScreenState _state = Some.State(MonitorSnapshot.Start(Some.Options));

    public List<MonitorOptions> Applied { get; } = [];

    public ScreenState Read() => _state;

    public void Push(params MonitorEvent[] events) =>
        _state = _state with { Snapshot = events.Aggregate(_state.Snapshot, (s, e) => s.Fold(e)) };

    public void Set(ScreenState state) => _state = state;

    public void Apply(MonitorOptions options)
    {
        Applied.Add(options);
        _state = _state with { Snapshot = _state.Snapshot.WithOptions(options) };
    }
}
