using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>
/// The sum of the last <see cref="Width"/> tallies pushed, one per closed second. O(1) per push;
/// a change of width sums the kept tallies again, once (<see cref="SecondsRing{T}"/> keeps an hour).
/// </summary>
internal sealed class SlidingTally(int width)
{
    private readonly SecondsRing<Tally> _seconds = new(width);

    public int Width => _seconds.Width;

    public Tally Sum { get; private set; }

    public void Push(Tally tally)
    {
        if (_seconds.Push(tally, out var leaving))
        {
            Sum -= leaving;
        }

        Sum += tally;
    }

    /// <summary>Pushes <paramref name="count"/> empty tallies, in at most as many steps as seconds are kept.</summary>
    public void PushEmpty(long count)
    {
        for (long i = Math.Min(count, _seconds.Capacity); i > 0; i--)
        {
            Push(default);
        }
    }

    public void Resize(int width)
    {
        if (width != Width)
        {
            Sum = _seconds.Resize(width).Aggregate(default(Tally), (sum, t) => sum + t);
        }
    }
}
