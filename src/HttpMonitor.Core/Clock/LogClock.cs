using System.Reactive.Concurrency;
using System.Reactive.Subjects;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Drives the monitor's clock, a virtual-time scheduler, by the rules of SEMANTICS.md:
/// each accepted line gets the effective time max(its timestamp, clock) and the clock moves
/// there before the line is counted. The clock never goes back.
/// </summary>
/// <remarks>
/// <para>
/// Lines are not delivered one by one: the lines counted in the open second are summed here
/// (<see cref="EntryCounter"/>) and delivered as one <see cref="EntryCounts"/> just before the
/// clock reaches the end of that second. That is exact: the pipeline only ever reads a second
/// when it closes, and every line summed has its effective time in the open second. It saves the
/// per-line Rx notification and the per-line strings, the bulk of a replay's cost.
/// </para>
/// <para>
/// Replay moves it with the lines only; live mode also calls <see cref="AdvanceTo"/> from a
/// wall-clock heartbeat. Not thread-safe: callers on several threads hold <see cref="Gate"/>.
/// </para>
/// <para>
/// A pipelined clock (replay) runs the pipeline on a <see cref="ClockWorker"/> thread: the
/// caller's thread reads, parses and sums, the worker delivers the sums and moves the scheduler,
/// in the same order. <see cref="Complete"/> waits for it; the events are raised on the worker.
/// </para>
/// </remarks>
public sealed class LogClock : IDisposable
{
    private readonly HistoricalScheduler _scheduler = new();
    private readonly Subject<EntryCounts> _entries = new();
    private readonly EntryCounter _open = new();
    private readonly ClockWorker? _worker;

    // The clock's instant in UTC ticks, and where its open second ends: compared on every line,
    // cheaper than asking the scheduler.
    private long _nowTicks;
    private long _openSecondEndTicks;

    /// <param name="pipelined">Run the pipeline on a thread of its own (replay); <see cref="Now"/> is then not to be read.</param>
    public LogClock(bool pipelined = false)
    {
        if (pipelined)
        {
            _worker = new ClockWorker(Run);
        }
    }

    /// <summary>Held by every thread that moves the clock or delivers lines.</summary>
    public object Gate { get; } = new();

    /// <summary>The scheduler the pipeline runs on.</summary>
    public IScheduler Scheduler => _scheduler;

    /// <summary>
    /// Accepted entries, summed: the entries counted in the open second arrive together, on the
    /// scheduler, before the clock reaches that second's end. Feed it to
    /// <see cref="MonitorObservable.ToMonitorEvents(IObservable{EntryCounts}, IObservable{Options.MonitorOptions}, IScheduler, Geo.GeoDatabase)"/>.
    /// </summary>
    public IObservable<EntryCounts> Entries => _entries;

    /// <summary>Whether a line has started the clock.</summary>
    public bool Started { get; private set; }

    /// <summary>The clock, once started.</summary>
    public DateTimeOffset Now => _scheduler.Now;

    public void Accept(in LogEntry entry)
    {
        MoveFor(entry.Timestamp);
        _open.Add(entry);
    }

    /// <summary>As <see cref="Accept(in LogEntry)"/>, without allocating (the ingest's hot path).</summary>
    public void Accept(in ParsedLine line)
    {
        MoveFor(line.Timestamp);
        _open.Add(line);
    }

    /// <summary>Moves the clock forward to <paramref name="time"/> if it is later; nothing before the first line.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        if (Started && time.UtcTicks > _nowTicks)
        {
            MoveTo(time);
        }
    }

    /// <summary>
    /// End of input: the clock moves to the end of the last line's second and stops. A pipelined
    /// clock returns once every event is out, and throws what the pipeline threw.
    /// </summary>
    public void Complete()
    {
        if (Started)
        {
            MoveTo(new DateTimeOffset(_openSecondEndTicks, TimeSpan.Zero));
        }

        Step(new ClockStep(null, default, Completed: true), 0);
        _worker?.Drain();
    }

    public void Dispose()
    {
        _worker?.Dispose();
        _entries.Dispose();
    }

    /// <summary>The clock moves to a line's timestamp if that is later: the line's effective time.</summary>
    private void MoveFor(DateTimeOffset timestamp)
    {
        if (!Started || timestamp.UtcTicks > _nowTicks)
        {
            MoveTo(timestamp);
            Started = true;
        }
    }

    private void MoveTo(DateTimeOffset time)
    {
        // The open second's lines go out before the clock reaches its end, so the timer that
        // closes the second (run by AdvanceTo) finds them counted.
        bool closes = !_open.IsEmpty && time.UtcTicks >= _openSecondEndTicks;
        long lines = closes ? _open.Hits : 0;
        Step(new ClockStep(closes ? _open.Take() : null, time), lines);
        _nowTicks = time.UtcTicks;
        _openSecondEndTicks = _nowTicks - (_nowTicks % TimeSpan.TicksPerSecond) + TimeSpan.TicksPerSecond;
    }

    private void Step(ClockStep step, long lines)
    {
        if (_worker is null)
        {
            Run(step);
        }
        else
        {
            _worker.Post(step, lines);
        }
    }

    /// <summary>On the pipeline's thread: the step's counts go out, then the scheduler moves.</summary>
    private void Run(ClockStep step)
    {
        if (step.Completed)
        {
            _entries.OnCompleted();
            return;
        }

        if (step.Counts is { } counts)
        {
            _entries.OnNext(counts);
        }

        _scheduler.AdvanceTo(step.To);
    }
}
