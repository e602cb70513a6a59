using System.Reactive.Concurrency;
using System.Reactive.Subjects;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Drives the monitor's clock, a virtual-time scheduler, by the rules of SEMANTICS.md:
/// each accepted line gets the effective time max(its timestamp, clock) and the clock moves
/// there before the line is delivered. The clock never goes back.
/// </summary>
/// <remarks>
/// Replay moves it with the lines only; live mode also calls <see cref="AdvanceTo"/> from a
/// wall-clock heartbeat. Not thread-safe: callers on several threads hold <see cref="Gate"/>.
/// </remarks>
public sealed class LogClock : IDisposable
{
    private readonly HistoricalScheduler _scheduler = new();
    private readonly Subject<LogEntry> _entries = new();

    /// <summary>Held by every thread that moves the clock or delivers lines.</summary>
    public object Gate { get; } = new();

    /// <summary>The scheduler the pipeline runs on.</summary>
    public IScheduler Scheduler => _scheduler;

    /// <summary>Accepted entries, each delivered when the clock stands at its effective time.</summary>
    public IObservable<LogEntry> Entries => _entries;

    /// <summary>Whether a line has started the clock.</summary>
    public bool Started { get; private set; }

    /// <summary>The clock, once started.</summary>
    public DateTimeOffset Now => _scheduler.Now;

    public void Accept(in LogEntry entry)
    {
        if (!Started || entry.Timestamp > _scheduler.Now)
        {
            // AdvanceTo first runs every timer due on the way: the seconds before this line close first.
            _scheduler.AdvanceTo(entry.Timestamp);
            Started = true;
        }

        _entries.OnNext(entry);
    }

    /// <summary>Moves the clock forward to <paramref name="time"/> if it is later; nothing before the first line.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        if (Started && time > _scheduler.Now)
        {
            _scheduler.AdvanceTo(time);
        }
    }

    /// <summary>End of input: the clock moves to the end of the last line's second and stops.</summary>
    public void Complete()
    {
        if (Started)
        {
            var now = _scheduler.Now;
            var endOfSecond = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);
            _scheduler.AdvanceTo(endOfSecond);
        }

        _entries.OnCompleted();
    }

    public void Dispose() => _entries.Dispose();
}
