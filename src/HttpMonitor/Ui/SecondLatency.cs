using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Ui;

/// <summary>One closed second's response times as the window keeps them: its sketch (frozen, shared with the monitor) and its slowest hits.</summary>
/// <param name="Latency">Null when none of its hits was timed.</param>
/// <param name="Slowest">Slowest first, at most ten (the clock keeps no more per second).</param>
internal sealed record SecondLatency(LatencySketch? Latency, IReadOnlyList<SlowRequest> Slowest)
{
    /// <summary>A second without timed hits: one shared instance, so an untimed log costs a reference per second.</summary>
    public static SecondLatency None { get; } = new(null, []);

    public static SecondLatency Of(ClosedSecond s) => s.Latency is null && s.Slowest.Count == 0 ? None : new(s.Latency, s.Slowest);
}
