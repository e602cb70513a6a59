using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Tests.Support;

/// <summary>Sample data with response times, for the window's latency views.</summary>
internal static class SomeTimed
{
    /// <summary>A second whose hits to <paramref name="path"/> (section "/" + its first segment) took <paramref name="millis"/> ms each, all 200.</summary>
    public static ClosedSecond Second(int second, string path, params double[] millis)
    {
        var at = Some.T0.AddSeconds(second);
        string section = "/" + path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        var slowest = millis
            .Select(ms => new SlowRequest(at, section, path, 200, Micros(ms)))
            .OrderBy(r => r, Comparer<SlowRequest>.Create(SlowRequest.CompareBySlowness))
            .Take(10)
            .ToList();
        return Some.Second(second, millis.Length) with { Latency = Sketch(millis), Slowest = slowest };
    }

    /// <summary>A frozen sketch of these durations in ms.</summary>
    public static LatencySketch Sketch(params double[] millis)
    {
        var sketch = new LatencySketch();
        foreach (double ms in millis)
        {
            sketch.Add(Micros(ms));
        }

        return sketch.Freeze();
    }

    /// <summary>A section of <paramref name="millis"/>.Length hits with these durations.</summary>
    public static SectionStats Section(string name, params double[] millis) =>
        Some.Section(name, millis.Length) with { Latency = Sketch(millis) };

    private static long Micros(double ms) => (long)Math.Round(ms * 1000);
}
