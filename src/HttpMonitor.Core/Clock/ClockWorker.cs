using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Hands closed seconds to <paramref name="inner"/> on a thread of its own, in order, so that a
/// replay reads, parses and counts on one core while the folds downstream run on the other.
/// </summary>
/// <remarks>
/// Seconds are handed over in batches of a few thousand lines, so the two threads rarely wait for
/// each other; at most <see cref="BatchesInFlight"/> batches wait, which bounds the memory they
/// hold. Batches are kept small on purpose: larger ones outlived young-generation collections and
/// were promoted (22 gen1 collections in a 5M-line replay instead of 1). An exception on the
/// worker stops it and is thrown again to the reader at its next hand-over. Everything, the
/// completion too, reaches <paramref name="inner"/> on the worker; <see cref="OnCompleted"/> returns
/// once it has.
/// </remarks>
internal sealed class ClockWorker : IObserver<ClosedSecond>, IDisposable
{
    private const int BatchesInFlight = 2;
    private const long LinesPerBatch = 1 << 11;
    private const int SecondsPerBatch = 64;

    private readonly IObserver<ClosedSecond> _inner;
    private readonly BlockingCollection<List<ClosedSecond>> _batches = new(BatchesInFlight);
    private readonly Thread _thread;
    private List<ClosedSecond> _pending = new(SecondsPerBatch);
    private long _pendingLines;
    private volatile ExceptionDispatchInfo? _failure;
    private volatile bool _stopping;
    private volatile bool _completing;

    public ClockWorker(IObserver<ClosedSecond> inner)
    {
        _inner = inner;
        _thread = new Thread(Work) { IsBackground = true, Name = "httpmonitor pipeline" };
        _thread.Start();
    }

    public void OnNext(ClosedSecond second)
    {
        _pending.Add(second);
        _pendingLines += second.Tally.Hits;
        if (_pendingLines >= LinesPerBatch || _pending.Count >= SecondsPerBatch)
        {
            HandOver();
        }
    }

    /// <summary>Waits until every second, and the completion, has been handed on; throws what the worker threw.</summary>
    public void OnCompleted()
    {
        HandOver();
        _completing = true;
        _batches.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
    }

    public void OnError(Exception error) => throw new NotSupportedException("the clock never fails its seconds", error);

    /// <summary>Stops without handing on what is still queued (a cancelled replay).</summary>
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
            _pending = new List<ClosedSecond>(SecondsPerBatch);
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
                foreach (var second in batch)
                {
                    _inner.OnNext(second);
                }
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }

        if (_completing && _failure is null && !_stopping)
        {
            try
            {
                _inner.OnCompleted();
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }
}
