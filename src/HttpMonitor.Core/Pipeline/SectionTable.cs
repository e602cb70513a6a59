using HttpMonitor.Core.Parsing;

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

    private readonly Dictionary<string, Tally> _bySection = new(StringComparer.Ordinal);
    private readonly List<Tally> _inOrder = []; // first-seen order: ties of "heaviest" go to the first seen

    public SectionTable(int capacity = DefaultCapacity) => Capacity = capacity;

    public int Capacity { get; }

    public int Count => _inOrder.Count;

    public void Add(string section, string path, int status, long bytes) =>
        CountHit(section, status, bytes).Offer(path, bytes);

    public void Add(SectionStats stats)
    {
        var tally = Find(stats.Section);
        tally.Hits += stats.Hits;
        tally.Errors4xx += stats.Errors4xx;
        tally.Errors5xx += stats.Errors5xx;
        tally.Bytes += stats.Bytes;
        tally.Offer(stats.HeaviestPath, stats.HeaviestBytes);
    }

    public IReadOnlyList<SectionStats> InFirstSeenOrder() => _inOrder.ConvertAll(t => t.ToStats());

    public IReadOnlyList<SectionStats> Ranked()
    {
        var ranked = _inOrder.ConvertAll(t => t.ToStats());
        ranked.Sort(SectionStats.CompareByRank);
        return ranked;
    }

    public void Clear()
    {
        _bySection.Clear();
        _inOrder.Clear();
    }

    /// <summary>Counts a hit of <paramref name="section"/> and returns its tally.</summary>
    private Tally CountHit(string section, int status, long bytes)
    {
        var tally = Find(section);
        tally.Hits++;
        if (status >= 500)
        {
            tally.Errors5xx++;
        }
        else if (status >= 400)
        {
            tally.Errors4xx++;
        }

        tally.Bytes += bytes;
        return tally;
    }

    private Tally Find(string section)
    {
        if (_bySection.TryGetValue(section, out var tally))
        {
            return tally;
        }

        if (_bySection.Count >= Capacity)
        {
            section = Other;
            if (_bySection.TryGetValue(section, out tally))
            {
                return tally;
            }
        }

        tally = new Tally(section);
        _bySection.Add(section, tally);
        _inOrder.Add(tally);
        return tally;
    }

    private sealed class Tally(string section)
    {
        public long Hits;
        public long Errors4xx;
        public long Errors5xx;
        public long Bytes;
        private string? _heaviestPath;
        private long _heaviestBytes;

        /// <summary>Strictly larger replaces: on a tie the first seen stays.</summary>
        private bool Takes(long bytes) => _heaviestPath is null || bytes > _heaviestBytes;

        public void Offer(string path, long bytes)
        {
            if (Takes(bytes))
            {
                _heaviestPath = path;
                _heaviestBytes = bytes;
            }
        }

        public SectionStats ToStats() =>
            new(section, Hits, Errors4xx, Errors5xx, Bytes, _heaviestPath ?? "-", _heaviestBytes);
    }
}
