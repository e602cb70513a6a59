using BenchmarkDotNet.Attributes;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Benchmarks;

/// <summary>
/// The latency sketch as issue 16 uses it: a duration added per timed line, a sketch per second
/// and section (a few durations each), ten seconds merged into a window, windows merged into the
/// since-start sketch, four percentiles read per window and section. Allocated bytes of the
/// Sketch* benchmarks are the memory of one sketch. Durations are log-normal, median 50 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LatencySketchBenchmarks
{
    private const int DurationCount = 100_000;
    private const int PerSecond = 5;
    private long[] _durations = [];
    private LatencySketch[] _seconds = [];
    private LatencySketch _window = new();
    private LatencySketch _sinceStart = new();
    private LatencySketch _large = new();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(16);
        _durations = [.. Enumerable.Range(0, DurationCount).Select(_ => LogNormal(random, medianMicros: 50_000, sigma: 1.5))];
        _seconds = [.. Enumerable.Range(0, 10).Select(s => Fill(new LatencySketch(), _durations.AsSpan(s * PerSecond, PerSecond)).Freeze())];
        _window = Fill(new LatencySketch(), _durations.AsSpan(0, 1_000)).Freeze();
        _large = Fill(new LatencySketch(), _durations).Freeze();
        _sinceStart = _large.Copy();
    }

    /// <summary>ns per duration into one sketch that counts per bucket (a window's, since start).</summary>
    [Benchmark(OperationsPerInvoke = DurationCount)]
    public long AddToOneSketch() => Fill(new LatencySketch(), _durations).Count;

    /// <summary>ns per duration into a new sketch every <see cref="PerSecond"/> durations (a section's second), creation included.</summary>
    [Benchmark(OperationsPerInvoke = DurationCount)]
    public long AddToSecondSketches()
    {
        long count = 0;
        for (int i = 0; i < DurationCount; i += PerSecond)
        {
            count += Fill(new LatencySketch(), _durations.AsSpan(i, PerSecond)).Count;
        }

        return count;
    }

    /// <summary>A window of ten seconds' sketches (5 durations each) merged into a new sketch.</summary>
    [Benchmark]
    public long MergeSecondsIntoWindow()
    {
        var window = new LatencySketch();
        foreach (var second in _seconds)
        {
            window.Merge(second);
        }

        return window.Count;
    }

    /// <summary>A window of 1,000 durations merged into the since-start sketch of 100,000.</summary>
    [Benchmark]
    public long MergeWindowIntoSinceStart()
    {
        _sinceStart.Merge(_window);
        return _sinceStart.Count;
    }

    /// <summary>p50, p90, p95 and p99 of 100,000 durations.</summary>
    [Benchmark]
    public long QuantilesOfLarge() => Quantiles(_large);

    /// <summary>p50, p90, p95 and p99 of a second's 5 durations.</summary>
    [Benchmark]
    public long QuantilesOfSecond() => Quantiles(_seconds[0]);

    [Benchmark]
    public LatencySketch SketchOfOne() => Fill(new LatencySketch(), _durations.AsSpan(0, 1));

    [Benchmark]
    public LatencySketch SketchOfFive() => Fill(new LatencySketch(), _durations.AsSpan(0, PerSecond));

    [Benchmark]
    public LatencySketch SketchOfAll() => Fill(new LatencySketch(), _durations);

    /// <summary>The four percentiles as the window, text and jsonl read them: at once.</summary>
    private static long Quantiles(LatencySketch sketch)
    {
        var p = sketch.Percentiles();
        return p.P50 + p.P90 + p.P95 + p.P99;
    }

    private static LatencySketch Fill(LatencySketch sketch, ReadOnlySpan<long> durations)
    {
        foreach (long d in durations)
        {
            sketch.Add(d);
        }

        return sketch;
    }

    private static long LogNormal(Random random, double medianMicros, double sigma)
    {
        double normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return (long)Math.Min(3_600_000_000, medianMicros * Math.Exp(sigma * normal));
    }
}
