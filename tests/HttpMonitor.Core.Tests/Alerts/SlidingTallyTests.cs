using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Tests.Alerts;

public sealed class SlidingTallyTests
{
    private static Tally Hits(long hits) => new(hits, 0, 0, 0);

    [Fact]
    public void Push_KeepsTheSumOfTheLastWidthTallies()
    {
        var sum = new SlidingTally(3);
        long[] sums = [.. new long[] { 1, 2, 3, 4, 5 }.Select(v => { sum.Push(Hits(v)); return sum.Sum.Hits; })];

        Assert.Equal([1L, 3, 6, 9, 12], sums);
    }

    [Fact]
    public void Push_SumsEveryCount_NotOnlyHits()
    {
        var sum = new SlidingTally(2);
        sum.Push(new Tally(3, 1, 1, 300));
        sum.Push(new Tally(2, 0, 2, 20));
        sum.Push(new Tally(1, 1, 0, 1));

        Assert.Equal(new Tally(3, 1, 2, 21), sum.Sum);
    }

    [Fact]
    public void Resize_Wider_CountsTheSecondsAlreadySeen()
    {
        var sum = new SlidingTally(2);
        foreach (long v in new long[] { 1, 2, 3, 4 })
        {
            sum.Push(Hits(v));
        }

        sum.Resize(4);
        Assert.Equal(10, sum.Sum.Hits);
        sum.Resize(1);
        Assert.Equal(4, sum.Sum.Hits);
    }

    [Fact]
    public void Resize_BeyondTheHistoryKept_GrowsAndKeepsEverything()
    {
        var sum = new SlidingTally(10);
        for (int i = 0; i < 5000; i++)
        {
            sum.Push(Hits(1));
        }

        sum.Resize(7200);
        Assert.Equal(3600, sum.Sum.Hits); // an hour of history is kept
        sum.Push(Hits(1));
        Assert.Equal(3601, sum.Sum.Hits);
    }
}
