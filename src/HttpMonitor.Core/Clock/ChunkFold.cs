using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Puts the chunks being parsed on the one clock (<see cref="PartsClock"/>), in the log's order,
/// on a thread of its own, where the folds downstream of the seconds run too: the reading thread
/// only reads and starts chunks, so the parsing threads never wait for the folds to take a batch.
/// </summary>
/// <remarks>
/// At most <c>readAhead</c> chunks wait, which bounds the memory they hold. An exception on this
/// thread stops the folds and is thrown again to the reader at its next hand-over; after it, or
/// once cancelled, the rest is taken and dropped, so the reader never blocks.
/// </remarks>
internal sealed class ChunkFold : IDisposable
{
    private readonly BlockingCollection<Task<ChunkSeconds>> _parsing;
    private readonly PartsClock _clock;
    private readonly CancellationToken _cancel;
    private readonly Thread _thread;
    private volatile ExceptionDispatchInfo? _failure;

    public ChunkFold(PartsClock clock, int readAhead, CancellationToken cancel)
    {
        _parsing = new BlockingCollection<Task<ChunkSeconds>>(readAhead);
        _clock = clock;
        _cancel = cancel;
        _thread = new Thread(Work) { IsBackground = true, Name = "httpmonitor pipeline" };
        _thread.Start();
    }

    /// <summary>The next chunk, being parsed; waits while <c>readAhead</c> chunks wait. Throws what the folds threw.</summary>
    public void Add(Task<ChunkSeconds> parsing)
    {
        _failure?.Throw();
        _parsing.Add(parsing);
    }

    /// <summary>End of input: returns once every chunk is on the clock and the clock completed; throws what the folds threw.</summary>
    public void Complete()
    {
        _parsing.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
    }

    public void Dispose()
    {
        if (!_parsing.IsAddingCompleted)
        {
            _parsing.CompleteAdding();
        }

        _thread.Join();
        _parsing.Dispose();
    }

    private void Work()
    {
        foreach (var parsing in _parsing.GetConsumingEnumerable())
        {
            if (_failure is null && !_cancel.IsCancellationRequested)
            {
                Try(() => _clock.Add(parsing.GetAwaiter().GetResult()));
            }
        }

        if (_failure is null && !_cancel.IsCancellationRequested)
        {
            Try(_clock.Complete);
        }
    }

    private void Try(Action fold)
    {
        try
        {
            fold();
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
    }
}
