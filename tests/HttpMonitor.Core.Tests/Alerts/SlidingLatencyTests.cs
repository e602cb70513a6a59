using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Collections;

using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Alerts;

public sealed class SlidingLatencyTests
{
    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(7, 0.95)]
    [InlineData(60, 0.99)]
    public void Quantile_OverTheLastWidthSeconds_IsWithinOnePercentOfTheExactNearestRank(int width, double q)
    {
        var random = new Random(width);
        var window = new SlidingLatency(width);
        var seconds = new List<long[]>();
        for (int s = 0; s < 200; s++)
        {
            long[] durations = [.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => (long)Math.Exp(random.NextDouble() * 14))];
            seconds.Add(durations);
            window.Push(Sketch(durations));

            var inWindow = seconds.TakeLast(width).SelectMany(d => d).Order().ToArray();
            Assert.Equal(inWindow.Length, window.Count);
            Assert.Equal(inWindow.Sum(), window.Sum);
            if (inWindow.Length > 0)
            {
                long exact = new ExactLatency(inWindow).Quantile((decimal)q);
                Assert.InRange(window.Quantile(q), exact * 0.99, exact * 1.01);
            }
        }
    }

    [Fact]
    public void Resize_Wider_CountsTheSecondsAlreadySeen_AndEmptySecondsPushOldOnesOut()
    {
        var window = new SlidingLatency(2);
        foreach (long d in new long[] { 100, 200, 300, 400 })
        {
            window.Push(Sketch([d]));
        }

        window.Resize(4);
        Assert.Equal((4L, 1000L), (window.Count, window.Sum));

        window.PushEmpty(3);
        Assert.Equal((1L, 400L), (window.Count, window.Sum));
        window.PushEmpty(10_000);
        window.Resize(3000);
        Assert.Equal(0, window.Count); // the gap pushed everything kept out, not only the window's width
    }

    private static LatencySketch Sketch(long[] durations)
    {
        var sketch = new LatencySketch();
        foreach (long d in durations)
        {
            sketch.Add(d);
        }

        return sketch.Freeze();
    }
}
