using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>
/// The sum of the last <see cref="Width"/> tallies pushed, one per closed second. O(1) per push;
/// a change of width sums the kept tallies again, once.
/// </summary>
/// <remarks>
/// Keeps at least an hour of tallies, so widening the window while the monitor runs still counts
/// the seconds already seen (up to that history).
/// </remarks>
internal sealed class SlidingTally
{
    private const int MinHistory = 3600;

    private Tally[] _ring;
    private int _count; // tallies kept, at most _ring.Length
    private int _next;  // where the next tally goes

    public SlidingTally(int width)
    {
        _ring = new Tally[Math.Max(width, MinHistory)];
        Width = width;
    }

    public int Width { get; private set; }

    public Tally Sum { get; private set; }

    public void Push(Tally tally)
    {
        if (_count >= Width)
        {
            Sum -= Ago(Width - 1);
        }

        _ring[_next] = tally;
        _next = (_next + 1) % _ring.Length;
        _count = Math.Min(_count + 1, _ring.Length);
        Sum += tally;
    }

    /// <summary>Pushes <paramref name="count"/> empty tallies, in at most as many steps as tallies are kept.</summary>
    public void PushEmpty(long count)
    {
        for (long i = Math.Min(count, _ring.Length); i > 0; i--)
        {
            Push(default);
        }
    }

    public void Resize(int width)
    {
        if (width == Width)
        {
            return;
        }

        if (width > _ring.Length)
        {
            Grow(width);
        }

        Width = width;
        Sum = default;
        for (int i = 0; i < Math.Min(_count, width); i++)
        {
            Sum += Ago(i);
        }
    }

    /// <summary>The tally pushed <paramref name="age"/> pushes before the last one (0 = the last).</summary>
    private Tally Ago(int age) => _ring[((_next - 1 - age) % _ring.Length + _ring.Length) % _ring.Length];

    private void Grow(int capacity)
    {
        var larger = new Tally[capacity];
        for (int i = 0; i < _count; i++)
        {
            larger[_count - 1 - i] = Ago(i);
        }

        _ring = larger;
        _next = _count % capacity;
    }
}
