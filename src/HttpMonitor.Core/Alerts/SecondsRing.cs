namespace HttpMonitor.Core.Alerts;

/// <summary>
/// The values of the last closed seconds, one per second, for a window of <see cref="Width"/>
/// seconds that may change while the monitor runs: at least an hour is kept, so that a widened
/// window counts the seconds already seen (up to that history).
/// </summary>
internal sealed class SecondsRing<T>
{
    private const int MinHistory = 3600;

    private T[] _ring;
    private int _kept;  // values kept, at most _ring.Length
    private int _next;  // where the next value goes

    public SecondsRing(int width)
    {
        _ring = new T[Math.Max(width, MinHistory)];
        Width = width;
    }

    public int Width { get; private set; }

    /// <summary>How many seconds it keeps: pushing this many replaces everything it holds.</summary>
    public int Capacity => _ring.Length;

    /// <summary>Pushes the next second's value; true with the value that leaves the window when one does.</summary>
    public bool Push(T value, out T leaving)
    {
        bool leaves = _kept >= Width;
        leaving = leaves ? Ago(Width - 1) : default!;
        _ring[_next] = value;
        _next = (_next + 1) % _ring.Length;
        _kept = Math.Min(_kept + 1, _ring.Length);
        return leaves;
    }

    /// <summary>A new width; the values now in the window, newest first, to sum again.</summary>
    public IEnumerable<T> Resize(int width)
    {
        if (width > _ring.Length)
        {
            Grow(width);
        }

        Width = width;
        return Enumerable.Range(0, Math.Min(_kept, width)).Select(Ago);
    }

    /// <summary>The value pushed <paramref name="age"/> pushes before the last one (0 = the last).</summary>
    private T Ago(int age) => _ring[((_next - 1 - age) % _ring.Length + _ring.Length) % _ring.Length];

    private void Grow(int capacity)
    {
        var larger = new T[capacity];
        for (int i = 0; i < _kept; i++)
        {
            larger[_kept - 1 - i] = Ago(i);
        }

        _ring = larger;
        _next = _kept % capacity;
    }
}
