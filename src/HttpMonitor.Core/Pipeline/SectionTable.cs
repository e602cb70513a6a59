namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Mutable per-section tallies for one second or one window, bounded in size: past
/// <see cref="Capacity"/> distinct sections the rest are counted together as <see cref="Other"/>,
/// so a scanner requesting random paths cannot exhaust memory.
/// </summary>
internal sealed class SectionTable
{
    public const string Other = "(other)";
    public const int DefaultCapacity = 10_000;

    private readonly Dictionary<string, Entry> _bySection = new(StringComparer.Ordinal);
    private readonly List<Entry> _inOrder = []; // first-seen order: ties of "heaviest" go to the first seen

    public SectionTable(int capacity = DefaultCapacity) => Capacity = capacity;

    public int Capacity { get; }

    public int Count => _inOrder.Count;

    public void Add(string section, string path, int status, long bytes)
    {
        var entry = Find(section);
        entry.Tally.Count(status, bytes);
        entry.Tally.Offer(path, bytes);
    }

    public void Add(SectionStats stats) => Find(stats.Section).Tally.Add(stats);

    public IReadOnlyList<SectionStats> InFirstSeenOrder() => Stats();

    public IReadOnlyList<SectionStats> Ranked()
    {
        var ranked = Stats();
        ranked.Sort(SectionStats.CompareByRank);
        return ranked;
    }

    public void Clear()
    {
        _bySection.Clear();
        _inOrder.Clear();
    }

    private List<SectionStats> Stats() => _inOrder.ConvertAll(e => e.Tally.ToStats(e.Section));

    private Entry Find(string section)
    {
        if (_bySection.TryGetValue(section, out var entry))
        {
            return entry;
        }

        if (_bySection.Count >= Capacity)
        {
            section = Other;
            if (_bySection.TryGetValue(section, out entry))
            {
                return entry;
            }
        }

        entry = new Entry(section);
        _bySection.Add(section, entry);
        _inOrder.Add(entry);
        return entry;
    }

    /// <summary>A section and its tally, which is changed in place.</summary>
    private sealed class Entry(string section)
    {
        public readonly string Section = section;
        public SectionTally Tally;
    }
}
