using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// Everything the endpoints serve, as of one moment of the pipeline: immutable, so a request reads
/// it on its own thread while the pipeline goes on and publishes the next (<see cref="MetricsBoard"/>).
/// </summary>
/// <param name="Clock">The end of the latest closed second: the monitor's clock; null until the first line started it.</param>
/// <param name="Sections">Counts since start per section label (the top sections and "other"), by label.</param>
/// <param name="Vhosts">The same per vhost label; empty when the format gives no vhost.</param>
/// <param name="Lines">The lines read so far.</param>
/// <param name="Alerts">Every rule in force, in the rules' order.</param>
/// <param name="Window">The latest closed statistics window, or null before the first.</param>
/// <param name="Durations">The response times since start; null until a timed hit (none for a log without durations).</param>
/// <param name="Finished">Whether the monitor has ended (a finished replay, a stopped run): its clock no longer moves.</param>
public sealed record MetricsSnapshot(
    DateTimeOffset? Clock,
    IReadOnlyList<LabelCount> Sections,
    IReadOnlyList<LabelCount> Vhosts,
    LineTotals Lines,
    IReadOnlyList<AlertStanding> Alerts,
    WindowStats? Window,
    DurationHistogram? Durations,
    bool Finished)
{
    public static readonly MetricsSnapshot Empty = new(null, [], [], LineTotals.None, [], null, null, false);
}
