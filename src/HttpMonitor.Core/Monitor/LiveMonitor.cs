using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// Follows logs (files, globs, standard input) and a syslog port, and runs the monitor on the live
/// clock: the lines' timestamps move it, and so does the wall clock (<paramref name="wall"/>), less
/// <see cref="MonitorOptions.LiveTolerance"/>, so time passes and alerts recover when the logs go silent.
/// </summary>
/// <remarks>
/// The inputs (<see cref="LiveInputs"/>) and the wall clock's ticks are observables merged into one serialized
/// stream that drives the clock (<see cref="ClockObservable.ToClosedSeconds"/>): nothing else
/// touches it, so no lock is needed. With <c>fromStart</c> what the file holds is read first on
/// the log's own clock; the wall clock joins in once it has been read. When the run stops, the
/// open second closes and the partial window and the final profile come out, as at the end of a
/// replay. Events are raised on the reading or the heartbeat thread, one at a time.
/// </remarks>
public sealed class LiveMonitor : IFollowedInputs, IDisposable
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMilliseconds(200);

    private readonly MonitorOptions _initial;
    private readonly IScheduler _wall;
    private readonly GeoDatabase? _geo;
    private readonly LiveInputs _inputs;
    private readonly Subject<MonitorOptions> _changes = new();
    private readonly Subject<MonitorEvent> _events = new();
    private MonitorOptions _options;

    /// <summary>One log file, as the monitor always followed.</summary>
    public LiveMonitor(string path, MonitorOptions options, IScheduler wall, TimeProvider time, bool fromStart = false, GeoDatabase? geo = null)
        : this([new LogSpec(path)], options, wall, time, fromStart, geo)
    {
    }

    /// <param name="logs">The <c>--log</c>s; <see cref="MonitorOptions.Syslog"/> adds the syslog listener.</param>
    /// <param name="wall">The wall clock: its <c>Now</c>, and the heartbeat's timer.</param>
    /// <param name="time">The followers' time (polling, rotation grace, globs looked at again).</param>
    /// <param name="standardInput">What <c>--log -</c> reads; the process's standard input by default.</param>
    /// <exception cref="Metrics.ListenException">The syslog port cannot be listened on.</exception>
    public LiveMonitor(
        IReadOnlyList<LogSpec> logs, MonitorOptions options, IScheduler wall, TimeProvider time, bool fromStart = false, GeoDatabase? geo = null, Func<Stream>? standardInput = null)
    {
        _initial = _options = options;
        _wall = wall;
        _geo = geo;
        Syslog = options.Syslog is { } syslog ? SyslogListener.Bind(SyslogAddress.Parse(syslog), Counts) : null;
        _inputs = new LiveInputs(logs, Syslog, fromStart, time, standardInput ?? Console.OpenStandardInput);
        Inputs = [.. logs.Select(l => l.ToString()), .. Syslog is null ? Array.Empty<string>() : [$"syslog {Syslog.Address}"]];
        Counts.Inputs = Inputs.Count > 1 || Syslog is not null || logs.Any(l => l.IsGlob) ? Inputs : [];
    }

    /// <summary>Everything the monitor reports; subscribe before <see cref="RunAsync"/>.</summary>
    public IObservable<MonitorEvent> Events => _events;

    public LineCounts Counts { get; } = new();

    /// <summary>The inputs as the user named them: what the window's header and the summary show.</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>The syslog listener, or null.</summary>
    public SyslogListener? Syslog { get; }

    /// <summary>The files followed so far (globs add theirs as they appear).</summary>
    public IReadOnlyList<FileFollower> Followers => _inputs.Followers;

    /// <summary>The first file followed, or null when none is (standard input, syslog only).</summary>
    public FileFollower? Follower => _inputs.Followers is [var first, ..] ? first : null;

    /// <summary>
    /// What the window's status says: the first file's state, and "following" the inputs by name
    /// when there are several or none is a file.
    /// </summary>
    public FollowStatus Status =>
        Inputs.Count == 1 && Follower is { } only ? only.Status
            : _inputs.Followers.Select(f => f.Status).FirstOrDefault(s => s.State != FollowState.Following) is { } trouble ? trouble
            : new FollowStatus(string.Join(", ", Inputs), FollowState.Following);

    public int Rotations => _inputs.Followers.Sum(f => f.Rotations);

    public int Truncations => _inputs.Followers.Sum(f => f.Truncations);

    /// <summary>Raised when a file starts being followed (one named, or a glob's new match), before it is read.</summary>
    public event Action<FileFollower>? Following
    {
        add => _inputs.Following += value;
        remove => _inputs.Following -= value;
    }

    /// <summary>The settings in force; <see cref="Apply"/> changes them.</summary>
    public MonitorOptions Options => Volatile.Read(ref _options);

    /// <summary>New thresholds and intervals, from any thread; the next second closed uses them, no count is lost.</summary>
    public void Apply(MonitorOptions options)
    {
        Volatile.Write(ref _options, options);
        _changes.OnNext(options);
    }

    /// <summary>Follows the inputs until <paramref name="stop"/> (or the end of standard input); then the last events come out and the events complete.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        await Monitor(_inputs.Observe(stop), _wall, _initial, _changes, Counts, _geo)
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
        Syslog?.Dispose();
        _changes.Dispose();
        _events.Dispose();
    }
}
