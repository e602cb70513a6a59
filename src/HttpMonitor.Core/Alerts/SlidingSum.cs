namespace HttpMonitor.Core.Alerts;

/// <summary>
/// The sum of the last <see cref="Width"/> values pushed, one value per closed second.
/// O(1) per push; a change of width recomputes once from the values kept.
/// </summary>
/// <remarks>
/// Keeps at least an hour of values, so widening the window while the monitor runs
/// still counts the seconds already seen (up to that history).
/// </remarks>
internal sealed class SlidingSum
{
    private const int MinHistory = 3600;

    private long[] _ring;
    private int _count; // values kept, at most _ring.Length
    private int _next;  // where the next value goes

    public SlidingSum(int width)
    {
        _ring = new long[Math.Max(width, MinHistory)];
        Width = width;
    }

    public int Width { get; private set; }

    public long Sum { get; private set; }

    public void Push(long value)
    {
        if (_count >= Width)
        {
            Sum -= ValueAgo(Width - 1);
        }

        _ring[_next] = value;
        _next = (_next + 1) % _ring.Length;
        _count = Math.Min(_count + 1, _ring.Length);
        Sum += value;
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
        Sum = 0;
        for (int i = 0; i < Math.Min(_count, width); i++)
        {
            Sum += ValueAgo(i);
        }
    }

    /// <summary>The value pushed <paramref name="age"/> pushes before the last one (0 = the last).</summary>
    private long ValueAgo(int age) => _ring[((_next - 1 - age) % _ring.Length + _ring.Length) % _ring.Length];

    private void Grow(int capacity)
    {
        var larger = new long[capacity];
        for (int i = 0; i < _count; i++)
        {
            larger[_count - 1 - i] = ValueAgo(i);
        }

        _ring = larger;
        _next = _count % capacity;
    }
}
