using System.Text;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Output;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Output;

/// <summary>SEMANTICS "Response times" in jsonl and text: ms with up to 3 decimals; nothing at all for untimed windows.</summary>
public sealed class LatencyOutputTests
{
    // Equal durations: every percentile is exact (a sketch's estimate lies within its min and max), so the text can be pinned.
    private static readonly LatencySketch Durations = Sketch([123_456, 123_456, 123_456]);

    private static readonly WindowStats Timed = Some.Window(0, Some.Section("/api", 3) with { Latency = Durations }) with { Latency = Durations };

    [Fact]
    public void Jsonl_TimedWindow_HasLatencyAfterBytes_AndOnItsSections()
    {
        string line = Jsonl(Timed);

        const string Latency = "\"latency\":{\"count\":3,\"mean\":123.456,\"p50\":123.456,\"p90\":123.456,\"p95\":123.456,\"p99\":123.456,\"max\":123.456}";
        Assert.Contains("\"bytes\":" + Timed.Bytes + "," + Latency + ",\"sections\":", line, StringComparison.Ordinal);
        Assert.Contains("}," + Latency + "}]", line, StringComparison.Ordinal); // the section's, after "heaviest"
    }

    [Fact]
    public void Jsonl_UntimedWindow_HasNoLatencyKey()
    {
        Assert.DoesNotContain("latency", Jsonl(Some.Window(0, Some.Section("/", 1))), StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_FinalProfile_EndsWithLatencySinceStart()
    {
        var profile = new TrafficProfile(DateTimeOffset.UnixEpoch, true, new long[24], new long[24], Enumerable.Range(0, 7).Select(_ => (IReadOnlyList<long>)new long[24]).ToList(), null, [])
        {
            Latency = Durations,
            SectionLatencies = [new SectionLatency("/api", Durations)],
        };

        string line = Jsonl(profile);

        const string Latency = "\"latency\":{\"count\":3,\"mean\":123.456,\"p50\":123.456,\"p90\":123.456,\"p95\":123.456,\"p99\":123.456,\"max\":123.456}";
        Assert.EndsWith("]]," + Latency + ",\"latencyBySection\":[{\"section\":\"/api\"," + Latency + "}]}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Milliseconds_KeepsThreeDecimals()
    {
        Assert.Equal((0.001, 1.235, 1999.0), (WindowJson.Milliseconds(1), WindowJson.Milliseconds(1234.5), WindowJson.Milliseconds(1_999_000)));
    }

    [Fact]
    public void Text_TimedWindow_HasPercentileColumns_UntimedHasNone()
    {
        var timed = TextFormat.Window(Timed, top: 10).ToList();
        var untimed = TextFormat.Window(Some.Window(0, Some.Section("/api", 1)), top: 10).ToList();

        Assert.EndsWith("· p50 123 ms · p95 123 ms · p99 123 ms · max 123 ms", timed[0], StringComparison.Ordinal);
        Assert.Contains(" p50 ms  p95 ms  p99 ms  heaviest", timed[1], StringComparison.Ordinal);
        Assert.Contains("     123     123     123  ", timed[2], StringComparison.Ordinal);
        Assert.DoesNotContain(untimed, l => l.Contains("p50", StringComparison.Ordinal) || l.Contains(" ms", StringComparison.Ordinal));
    }

    private static LatencySketch Sketch(long[] micros)
    {
        var sketch = new LatencySketch();
        foreach (long d in micros)
        {
            sketch.Add(d);
        }

        return sketch.Freeze();
    }

    private static string Jsonl(MonitorEvent e)
    {
        var output = new MemoryStream();
        using (var renderer = new JsonLinesRenderer(output, top: 10))
        {
            renderer.Render(e);
        }

        return Encoding.UTF8.GetString(output.ToArray()).Trim();
    }
}
