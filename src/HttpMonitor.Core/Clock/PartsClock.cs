namespace HttpMonitor.Core.Clock;

/// <summary>
/// The one clock over a log parsed in chunks, each on a clock of its own (<see cref="ChunkParser"/>),
/// given in the log's order: the seconds come out as <see cref="LogClock"/> reading every line in
/// turn makes them (docs/semantics.md, "The clock").
/// </summary>
/// <remarks>
/// The effective time is a running maximum. Within a chunk, a line's own clock is the running
/// maximum of the chunk's stamps, so its effective second is the later of that clock's second and
/// the open second the chunks before it left: the chunk's seconds up to the open one are joined
/// into it (<see cref="SecondJoin"/>), in order, and the later ones close it and follow as they are.
/// </remarks>
internal sealed class PartsClock(IObserver<ClosedSecond> seconds, LineCounts counts)
{
    private readonly SecondJoin _open = new();

    public void Add(ChunkSeconds chunk)
    {
        counts.Add(chunk.Counts);
        foreach (var second in chunk.Seconds)
        {
            if (_open.IsOpen && second.Start <= _open.Start)
            {
                _open.Add(second);
                continue;
            }

            if (_open.IsOpen)
            {
                var start = _open.Start;
                seconds.OnNext(_open.Close());
                long quiet = ((second.Start - start).Ticks / TimeSpan.TicksPerSecond) - 1;
                if (quiet > 0)
                {
                    seconds.OnNext(ClosedSecond.Quiet(start.AddSeconds(1), quiet));
                }
            }

            _open.Open(second);
        }
    }

    /// <summary>End of input: the open second closes (LogClock.Complete).</summary>
    public void Complete()
    {
        if (_open.IsOpen)
        {
            seconds.OnNext(_open.Close());
        }

        seconds.OnCompleted();
    }
}
