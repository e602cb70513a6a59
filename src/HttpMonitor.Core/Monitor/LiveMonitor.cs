using System.Reactive.Linq;
using System.Reactive.Subjects;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// Follows a log file and runs the pipeline on the live clock: the log's timestamps move it,
/// and so does the wall clock, less <see cref="MonitorOptions.LiveTolerance"/>, so time passes
/// and alerts recover when the log goes silent.
/// </summary>
/// <remarks>
/// With <c>fromStart</c> what the file holds is read first on the log's own clock; the wall
/// clock joins in once it has been read. Events are raised on the reading or heartbeat thread,
/// one at a time.
/// </remarks>
public sealed class LiveMonitor : IDisposable
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>How far one step of catching up moves the clock, the gate held (see <see cref="Beat"/>).</summary>
    public static readonly TimeSpan CatchUpStep = TimeSpan.FromHours(1);

    private readonly LogClock _clock = new();
    private readonly LogIngest _ingest;
    private readonly FileFollower _follower;
    private readonly TimeProvider _time;
    private readonly BehaviorSubject<MonitorOptions> _settings;
    private readonly IConnectableObservable<MonitorEvent> _events;
    private CancellationToken _stop;
    private int _beating; // 1 while a heartbeat runs: timer ticks do not pile up behind a long one

    public LiveMonitor(string path, MonitorOptions options, TimeProvider time, bool fromStart = false, GeoDatabase? geo = null)
    {
        _time = time;
        _ingest = new LogIngest(_clock);
        _follower = new FileFollower(path, fromStart, time);
        _settings = new BehaviorSubject<MonitorOptions>(options);
        _events = _clock.Entries.ToMonitorEvents(_settings, _clock.Scheduler, geo).Publish();
    }

    /// <summary>Everything the pipeline reports; subscribe before <see cref="RunAsync"/>.</summary>
    public IObservable<MonitorEvent> Events => _events;

    public LineCounts Counts => _ingest.Counts;

    public FileFollower Follower => _follower;

    /// <summary>The settings in force; <see cref="Apply"/> changes them.</summary>
    public MonitorOptions Options => _settings.Value;

    /// <summary>The monitor's clock, or null before the first line.</summary>
    public DateTimeOffset? Now
    {
        get
        {
            lock (_clock.Gate)
            {
                return _clock.Started ? _clock.Now : null;
            }
        }
    }

    /// <summary>New thresholds and intervals; the next evaluation uses them, no count is lost.</summary>
    public void Apply(MonitorOptions options)
    {
        lock (_clock.Gate)
        {
            _settings.OnNext(options);
        }
    }

    public async Task RunAsync(CancellationToken cancel)
    {
        _stop = cancel;
        using var connection = _events.Connect();
        ITimer? heartbeat = null;
        try
        {
            // One splitter per file: a partial line of a rotated-out file never joins the next file's first line.
            await _follower.RunAsync(
                () => new GatedChunkSink(new LineSplitter(_ingest), _clock.Gate),
                () => heartbeat = _time.CreateTimer(_ => Beat(), null, TimeSpan.Zero, HeartbeatInterval),
                cancel).ConfigureAwait(false);
        }
        finally
        {
            heartbeat?.Dispose();
            lock (_clock.Gate)
            {
                // A heartbeat still catching up finishes its step and sees the stop: no event after this.
            }
        }
    }

    /// <summary>
    /// Moves the clock to the wall clock less the tolerance. After a long gap (a log read from its
    /// start, a silent night) that is many empty seconds: the clock catches up a step at a time and
    /// lets go of the gate in between, so that lines, new settings and a stop are not held up.
    /// </summary>
    internal void Beat()
    {
        if (Interlocked.Exchange(ref _beating, 1) == 1)
        {
            return;
        }

        try
        {
            var target = _time.GetUtcNow() - TimeSpan.FromSeconds(_settings.Value.LiveTolerance);
            while (true)
            {
                lock (_clock.Gate)
                {
                    if (_stop.IsCancellationRequested || !_clock.Started || _clock.Now >= target)
                    {
                        return;
                    }

                    var step = _clock.Now + CatchUpStep;
                    _clock.AdvanceTo(step < target ? step : target);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _beating, 0);
        }
    }

    public void Dispose()
    {
        _clock.Dispose();
        _settings.Dispose();
    }
}
