using System.Runtime.CompilerServices;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// The monitor's clock, by the rules of SEMANTICS.md: each accepted line gets the effective time
/// max(its timestamp, clock) and the clock moves there before the line is counted; it never goes
/// back. Second <c>s</c> closes when the clock reaches <c>s+1</c>, and goes out as one
/// <see cref="ClosedSecond"/>: the only place that rule is applied.
/// </summary>
/// <remarks>
/// Lines are summed into the open second (<see cref="OpenSecond"/>) as they come, so what runs
/// downstream runs once per second, not once per line. Replay moves the clock with the lines
/// only; live mode also calls <see cref="AdvanceTo"/> with the wall clock less the tolerance, and
/// gives the wall clock (<paramref name="wallNow"/>): a line stamped ahead of it counts as if
/// stamped now, so the clock never runs ahead of the wall. Not thread-safe: one thread at a time
/// drives it (live mode serializes its inputs).
/// </remarks>
public sealed class LogClock
{
    private readonly IObserver<ClosedSecond> _seconds;
    private readonly Func<DateTimeOffset>? _wallNow;
    private readonly OpenSecond _open;
    private long _nowTicks;        // the clock, in UTC ticks
    private long _openStartTicks;  // the open second's start

    /// <param name="seconds">Where each closed second goes.</param>
    /// <param name="wallNow">Live: the wall clock. Replay: null, the log's own stamps alone count.</param>
    public LogClock(IObserver<ClosedSecond> seconds, Func<DateTimeOffset>? wallNow = null)
        : this(seconds, wallNow, new OpenSecond())
    {
    }

    /// <param name="open">Where the open second is summed: empty, and reused by the next clock (parallel parsing's parts).</param>
    internal LogClock(IObserver<ClosedSecond> seconds, Func<DateTimeOffset>? wallNow, OpenSecond open)
    {
        _seconds = seconds;
        _wallNow = wallNow;
        _open = open;
    }

    /// <summary>Whether a line has started the clock.</summary>
    public bool Started { get; private set; }

    /// <summary>The clock, once started; readable from any thread.</summary>
    public DateTimeOffset Now => new(Volatile.Read(ref _nowTicks), TimeSpan.Zero);

    /// <summary>Counts an accepted line at its effective time, under its source when it has one.</summary>
    /// <returns>Whether the line was stamped ahead of the wall clock, and counted as if stamped now.</returns>
    [MethodImpl(HotPath.PerLine)]
    public bool Accept(in ParsedLine line, LogOrigin? origin = null)
    {
        long stamp = line.Timestamp.UtcTicks;
        bool ahead = false;
        if (_wallNow is not null && _wallNow().UtcTicks is var now && stamp > now)
        {
            (stamp, ahead) = (now, true);
        }

        if (!Started)
        {
            // The clock starts at the first line's second.
            Started = true;
            _openStartTicks = stamp - (stamp % TimeSpan.TicksPerSecond);
            Volatile.Write(ref _nowTicks, stamp);
        }
        else if (stamp > _nowTicks)
        {
            Move(stamp);
        }

        _open.Add(line, origin);
        return ahead;
    }

    /// <summary>Moves the clock forward to <paramref name="time"/> if it is later; nothing before the first line.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        if (Started && time.UtcTicks > _nowTicks)
        {
            Move(time.UtcTicks);
        }
    }

    /// <summary>
    /// End of input: the clock moves to the end of the open second, closing it, and stops. A second
    /// the clock has only just reached, with no line in it, is not one the input saw: it stays out.
    /// </summary>
    public void Complete()
    {
        if (Started && (_nowTicks > _openStartTicks || !_open.IsEmpty))
        {
            Move(_openStartTicks + TimeSpan.TicksPerSecond);
        }

        _seconds.OnCompleted();
    }

    /// <summary>
    /// Closes every second whose end the clock passes on its way to <paramref name="ticks"/>: the
    /// open one if it saw lines, then the empty ones after it as one run, however long.
    /// </summary>
    private void Move(long ticks)
    {
        long reached = ticks - (ticks % TimeSpan.TicksPerSecond); // the start of the second the clock moves into
        if (reached > _openStartTicks && !_open.IsEmpty)
        {
            _seconds.OnNext(_open.Close(new DateTimeOffset(_openStartTicks, TimeSpan.Zero)));
            _openStartTicks += TimeSpan.TicksPerSecond;
        }

        if (reached > _openStartTicks)
        {
            long quiet = (reached - _openStartTicks) / TimeSpan.TicksPerSecond;
            _seconds.OnNext(ClosedSecond.Quiet(new DateTimeOffset(_openStartTicks, TimeSpan.Zero), quiet));
            _openStartTicks = reached;
        }

        Volatile.Write(ref _nowTicks, ticks);
    }
}
