namespace HttpMonitor.Core.Clock;

/// <summary>
/// Joins two lists of per-key stats, the later read after the earlier, as one bounded table
/// (<see cref="Collections.Utf8Table{TValue}"/>) reading both would have kept them: keys in the
/// order first seen, a key seen again summed into its entry, and past <c>capacity</c> keys every
/// new one summed into the one overflow entry.
/// </summary>
internal static class BoundedJoin
{
    /// <param name="key">An entry's key. Keys are compared as text: downstream (windows, profile, alerts) knows them by text too.</param>
    /// <param name="merge">An entry with a later one added to it.</param>
    /// <param name="rename">An entry as the overflow entry, named <paramref name="overflow"/>.</param>
    public static List<T> Of<T>(
        IReadOnlyList<T> earlier, IReadOnlyList<T> later, Func<T, string> key, Func<T, T, T> merge, Func<T, string, T> rename, int capacity, string overflow)
    {
        var joined = new List<T>(Math.Min(earlier.Count + later.Count, capacity + 1));
        var index = new Dictionary<string, int>(joined.Capacity, StringComparer.Ordinal);
        foreach (var item in earlier)
        {
            Add(item);
        }

        foreach (var item in later)
        {
            Add(item);
        }

        return joined;

        void Add(T item)
        {
            string name = key(item);
            if (index.TryGetValue(name, out int at) || (joined.Count >= capacity && index.TryGetValue(overflow, out at)))
            {
                joined[at] = merge(joined[at], item);
            }
            else if (joined.Count < capacity)
            {
                index[name] = joined.Count;
                joined.Add(item);
            }
            else
            {
                index[overflow] = joined.Count;
                joined.Add(rename(item, overflow));
            }
        }
    }
}
