using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// Where the pipeline publishes what the endpoints serve: it observes the monitor's events (one at
/// a time, on the pipeline's thread), folds each into a new immutable <see cref="MetricsSnapshot"/>
/// and swaps it in with one volatile write. A request reads <see cref="Latest"/> on its own thread:
/// it never waits for the pipeline, and the pipeline never waits for it.
/// </summary>
public sealed class MetricsBoard : IObserver<MonitorEvent>
{
    private readonly MetricsFold _fold;
    private MetricsSnapshot _latest = MetricsSnapshot.Empty;

    /// <param name="top">How many sections and vhosts get a label of their own (<see cref="TopLabels"/>).</param>
    /// <param name="lines">The run's line counts, read at each closed second; null when only known at the end (<see cref="Finish"/>).</param>
    public MetricsBoard(int top, LineCounts? lines)
    {
        _fold = new MetricsFold(top, lines);
    }

    public MetricsSnapshot Latest => Volatile.Read(ref _latest);

    public void OnNext(MonitorEvent value) => Volatile.Write(ref _latest, _fold.Next(value));

    /// <summary>The events ended: the run is over.</summary>
    public void OnCompleted() => Finish(null);

    public void OnError(Exception error) => Finish(null);

    /// <summary>The run is over; <paramref name="final"/> gives its line counts when the board was not given them.</summary>
    public void Finish(LineCounts? final) => Volatile.Write(ref _latest, _fold.Finish(final));
}
