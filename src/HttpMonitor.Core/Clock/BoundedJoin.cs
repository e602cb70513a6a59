namespace HttpMonitor.Core.Clock;

/// <summary>
/// Per-key stats joined part after part, each read after the one before, as one bounded table
/// (<see cref="Collections.Utf8Table{TValue}"/>) reading them all would have kept them: keys in
/// the order first seen, a key seen again summed into its entry, and past <c>capacity</c> keys
/// every new one summed into the one overflow entry.
/// </summary>
/// <param name="key">An entry's key. Keys are compared as text: downstream (windows, profile, alerts) knows them by text too.</param>
/// <param name="merge">An entry with a later one added to it.</param>
/// <param name="rename">An entry as the overflow entry, named <paramref name="overflow"/>.</param>
internal sealed class BoundedJoin<T>(Func<T, string> key, Func<T, T, T> merge, Func<T, string, T> rename, int capacity, string overflow)
{
    private readonly List<T> _joined = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>The entries joined since the last take; starts again from nothing, keeping its tables.</summary>
    public T[] Take()
    {
        T[] joined = [.. _joined];
        _joined.Clear();
        _index.Clear();
        return joined;
    }

    public void Add(IReadOnlyList<T> part)
    {
        foreach (var item in part)
        {
            Add(item);
        }
    }

    private void Add(T item)
    {
        string name = key(item);
        if (_index.TryGetValue(name, out int at) || (_joined.Count >= capacity && _index.TryGetValue(overflow, out at)))
        {
            _joined[at] = merge(_joined[at], item);
        }
        else if (_joined.Count < capacity)
        {
            _index[name] = _joined.Count;
            _joined.Add(item);
        }
        else
        {
            _index[overflow] = _joined.Count;
            _joined.Add(rename(item, overflow));
        }
    }
}
