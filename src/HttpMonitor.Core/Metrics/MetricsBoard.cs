using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// Where the pipeline publishes what the endpoints serve: it observes the monitor's events (one at
/// a time, on the pipeline's thread), folds each into a new immutable <see cref="MetricsSnapshot"/>
/// and swaps it in with one volatile write. A request reads <see cref="Latest"/> on its own thread:
/// it never waits for the pipeline, and the pipeline never waits for it. The line counts are read
/// as they are at that moment (<see cref="LineCounts"/> is read from any thread): lines are counted
/// as read, also before the clock starts, so a log of rejected lines shows at once.
/// </summary>
public sealed class MetricsBoard : IObserver<MonitorEvent>
{
    private readonly MetricsFold _fold;
    private readonly LineCounts? _lines;
    private MetricsSnapshot _latest = MetricsSnapshot.Empty;

    /// <param name="top">How many sections and vhosts get a label of their own (<see cref="TopLabels"/>).</param>
    /// <param name="lines">The run's line counts, read with each snapshot; null when only known at the end (<see cref="Finish"/>).</param>
    public MetricsBoard(int top, LineCounts? lines)
    {
        _fold = new MetricsFold(top);
        _lines = lines;
    }

    public MetricsSnapshot Latest => _lines is null ? Volatile.Read(ref _latest) : Volatile.Read(ref _latest) with { Lines = LineTotals.Of(_lines) };

    public void OnNext(MonitorEvent value) => Volatile.Write(ref _latest, _fold.Next(value));

    /// <summary>The events ended: the run is over.</summary>
    public void OnCompleted() => Finish(null);

    public void OnError(Exception error) => Finish(null);

    /// <summary>The run is over; <paramref name="final"/> gives its line counts when the board was not given them.</summary>
    public void Finish(LineCounts? final) => Volatile.Write(ref _latest, _fold.Finish(final));
}
