namespace HttpMonitor.Core.Tests.Support;

/// <summary>SEMANTICS "Response times" computed the naive way, from every duration: the model the sketches are checked against.</summary>
public sealed class ExactLatency(IEnumerable<long> micros)
{
    private readonly long[] _sorted = [.. micros.Order()];

    public long Count => _sorted.Length;

    public long Max => _sorted[^1];

    public double MeanMs => _sorted.Average() / 1000;

    /// <summary>The smallest duration d such that at least ⌈q·n⌉ durations are ≤ d, in µs.</summary>
    public long Quantile(decimal q) => _sorted[(int)Math.Max(1, Math.Ceiling(q * _sorted.Length)) - 1];
}
