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
/// </remarks>
public sealed class LogClock : IDisposable
{
    private readonly HistoricalScheduler _scheduler = new();
    private readonly Subject<EntryCounts> _entries = new();
    private readonly EntryCounter _open = new();

    // The clock's instant in UTC ticks, and where its open second ends: compared on every line,
    // cheaper than asking the scheduler.
    private long _nowTicks;
    private long _openSecondEndTicks;

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

    /// <summary>End of input: the clock moves to the end of the last line's second and stops.</summary>
    public void Complete()
    {
        if (Started)
        {
            MoveTo(new DateTimeOffset(_openSecondEndTicks, TimeSpan.Zero));
        }

        _entries.OnCompleted();
    }

    public void Dispose() => _entries.Dispose();

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
        if (!_open.IsEmpty && time.UtcTicks >= _openSecondEndTicks)
        {
            _entries.OnNext(_open.Take());
        }

        _scheduler.AdvanceTo(time);
        _nowTicks = time.UtcTicks;
        _openSecondEndTicks = _nowTicks - (_nowTicks % TimeSpan.TicksPerSecond) + TimeSpan.TicksPerSecond;
    }
}
