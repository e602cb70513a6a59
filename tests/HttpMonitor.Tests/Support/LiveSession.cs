using System.Globalization;
using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Support;

/// <summary>
/// The window's session over the real live pipeline (<see cref="LiveMonitor.Monitor"/>: clock,
/// heartbeat, folds) in virtual time: the test writes lines and moves the wall clock, a
/// <see cref="HistoricalScheduler"/>; everything runs on the test's thread. Folded into snapshots
/// as the program's session does, changes of settings in order with the events.
/// </summary>
internal sealed class LiveSession : IMonitorSession, IDisposable
{
    private readonly HistoricalScheduler _wall = new(Some.T0);
    private readonly Subject<LogInput> _inputs = new();
    private readonly Subject<MonitorOptions> _changes = new();
    private readonly Subject<Func<MonitorSnapshot, MonitorSnapshot>> _records = new();
    private readonly LineCounts _counts = new();
    private readonly IDisposable _subscription;
    private MonitorSnapshot _latest;

    /// <param name="options">Its live tolerance is taken as 0: the clock is the wall clock.</param>
    public LiveSession(MonitorOptions options)
    {
        _latest = MonitorSnapshot.Start(options);
        _subscription = LiveMonitor.Monitor(_inputs, _wall, options with { LiveTolerance = 0 }, _changes, _counts)
            .Select(e => (Func<MonitorSnapshot, MonitorSnapshot>)(s => s.Fold(e)))
            .Merge(_records)
            .Scan(_latest, (snapshot, step) => step(snapshot))
            .Subscribe(s => _latest = s);
        _inputs.OnNext(LogInput.CaughtUp);
    }

    public ScreenState Read() =>
        new(_latest, new FollowStatus("access.log", FollowState.Following), _counts.Accepted, _counts.Rejected, _counts.LatestRejected, _counts.Future);

    public IObservable<FollowStatus> StatusChanges { get; } = Observable.Never<FollowStatus>();

    public void Apply(MonitorOptions options)
    {
        _records.OnNext(s => s.WithOptions(options));
        _changes.OnNext(options);
    }

    /// <summary><paramref name="count"/> lines of <paramref name="status"/>, stamped with the wall clock's second, arriving now.</summary>
    public void Write(int count, int status = 200)
    {
        string stamp = _wall.Now.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"10.0.0.1 - - [{stamp}] \"GET /api/{i} HTTP/1.1\" {status} 10\n");
        }

        _inputs.OnNext(new LogInput(LogInputKind.Bytes, 0, Encoding.UTF8.GetBytes(lines.ToString())));
    }

    /// <summary>Moves the wall clock to <paramref name="second"/> after <see cref="Some.T0"/>, running the heartbeats on the way.</summary>
    public void AdvanceTo(double second) => _wall.AdvanceTo(Some.T0.AddSeconds(second));

    public void Dispose()
    {
        _subscription.Dispose();
        _inputs.Dispose();
        _changes.Dispose();
        _records.Dispose();
    }
}
