using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Tests.Pipeline;

public sealed class SlidingSumTests
{
    [Fact]
    public void Push_KeepsTheSumOfTheLastWidthValues()
    {
        var sum = new SlidingSum(3);
        long[] sums = [.. new long[] { 1, 2, 3, 4, 5 }.Select(v => { sum.Push(v); return sum.Sum; })];

        Assert.Equal([1L, 3, 6, 9, 12], sums);
    }

    [Fact]
    public void Resize_Wider_CountsTheSecondsAlreadySeen()
    {
        var sum = new SlidingSum(2);
        foreach (long v in new long[] { 1, 2, 3, 4 })
        {
            sum.Push(v);
        }

        sum.Resize(4);
        Assert.Equal(10, sum.Sum);
        sum.Resize(1);
        Assert.Equal(4, sum.Sum);
    }

    [Fact]
    public void Resize_BeyondTheHistoryKept_GrowsAndKeepsEverything()
    {
        var sum = new SlidingSum(10);
        for (int i = 0; i < 5000; i++)
        {
            sum.Push(1);
        }

        sum.Resize(7200);
        Assert.Equal(3600, sum.Sum); // an hour of history is kept
        sum.Push(1);
        Assert.Equal(3601, sum.Sum);
    }
}
