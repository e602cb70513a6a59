namespace HttpMonitor.Core.Metrics;

/// <summary>
/// The response times since start as a Prometheus histogram: for each bound, how many timed hits
/// took at most that long; their count and their exact sum.
/// </summary>
/// <param name="Cumulative">Per bound of <see cref="Bounds"/>, the hits at or under it.</param>
public sealed record DurationHistogram(IReadOnlyList<long> Cumulative, long Count, double SumSeconds)
{
    /// <summary>The bounds in seconds: Prometheus's default buckets (the <c>+Inf</c> bucket is <see cref="Count"/>).</summary>
    public static readonly IReadOnlyList<double> Bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
}
