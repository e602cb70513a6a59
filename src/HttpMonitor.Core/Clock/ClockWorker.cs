using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Runs the clock's steps (deliver a second's counts, move the scheduler) on a thread of its own,
/// in order, so that a replay reads and parses on one core while the pipeline runs on the other.
/// </summary>
/// <remarks>
/// Steps are handed over in batches of a few thousand lines, so the two threads rarely wait for
/// each other; at most <see cref="BatchesInFlight"/> batches wait, which bounds the memory they
/// hold. Batches are kept small on purpose: larger ones outlived young-generation collections and
/// were promoted (22 gen1 collections in a 5M-line replay instead of 1). An exception on the
/// worker stops it and is thrown again to the reader at its next hand-over.
/// </remarks>
internal sealed class ClockWorker : IDisposable
{
    private const int BatchesInFlight = 2;
    private const long LinesPerBatch = 1 << 11;
    private const int StepsPerBatch = 64;

    private readonly Action<ClockStep> _run;
    private readonly BlockingCollection<List<ClockStep>> _batches = new(BatchesInFlight);
    private readonly Thread _thread;
    private List<ClockStep> _pending = new(StepsPerBatch);
    private long _pendingLines;
    private volatile ExceptionDispatchInfo? _failure;
    private volatile bool _stopping;

    public ClockWorker(Action<ClockStep> run)
    {
        _run = run;
        _thread = new Thread(Work) { IsBackground = true, Name = "httpmonitor pipeline" };
        _thread.Start();
    }

    /// <summary>Queues a step; <paramref name="lines"/> is how many lines its counts hold.</summary>
    public void Post(ClockStep step, long lines)
    {
        _pending.Add(step);
        _pendingLines += lines;
        if (_pendingLines >= LinesPerBatch || _pending.Count >= StepsPerBatch)
        {
            HandOver();
        }
    }

    /// <summary>Waits until every queued step has run; throws what the worker threw.</summary>
    public void Drain()
    {
        HandOver();
        _batches.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
    }

    /// <summary>Stops without running what is still queued (a cancelled replay).</summary>
    public void Dispose()
    {
        _stopping = true;
        if (!_batches.IsAddingCompleted)
        {
            _batches.CompleteAdding();
        }

        _thread.Join();
        _batches.Dispose();
    }

    private void HandOver()
    {
        _failure?.Throw();
        if (_pending.Count > 0)
        {
            _batches.Add(_pending);
            _pending = new List<ClockStep>(StepsPerBatch);
            _pendingLines = 0;
        }
    }

    private void Work()
    {
        foreach (var batch in _batches.GetConsumingEnumerable())
        {
            // After a failure or a stop the rest is taken and dropped, so the reader never blocks.
            if (_failure is not null || _stopping)
            {
                continue;
            }

            try
            {
                foreach (var step in batch)
                {
                    _run(step);
                }
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }
}

/// <summary>One move of the clock: the counts of the second that closes (if any), then the scheduler moves to <see cref="To"/>.</summary>
/// <param name="Completed">End of input: after the move, the entries complete.</param>
internal readonly record struct ClockStep(Pipeline.EntryCounts? Counts, DateTimeOffset To, bool Completed = false);
