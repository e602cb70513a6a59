using System.Runtime.InteropServices;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Sections summed over many seconds (a window), bounded in size: past <see cref="Capacity"/>
/// distinct sections the rest are summed together as <see cref="Other"/>, so a scanner
/// requesting random paths cannot exhaust memory.
/// </summary>
/// <remarks>
/// Response times are merged into sketches the table owns, one per timed section, and handed
/// over frozen by <see cref="TakeRanked"/>: a second's merge costs its own durations, never a copy
/// of what the window holds.
/// </remarks>
internal sealed class SectionTable(int capacity = SectionTable.DefaultCapacity)
{
    public const string Other = OpenSecond.OtherSection;
    public const int DefaultCapacity = OpenSecond.SectionCapacity;

    // Summed in place, one lookup per section and second: a record made anew for each merge, and a
    // second dictionary for the sketches, were 4% of a nginx replay's CPU.
    private readonly Dictionary<string, Sum> _bySection = new(StringComparer.Ordinal);

    public int Count => _bySection.Count;

    /// <summary>Adds a later second's counts of one section.</summary>
    public void Add(SectionStats later)
    {
        string key = KeyOf(later.Section, _bySection, capacity);
        ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySection, key, out bool exists);
        sum.Tally += later.Tally;
        if (!exists || later.HeaviestBytes > sum.HeaviestBytes) // strictly larger replaces, as SectionStats.MergeCounts
        {
            (sum.HeaviestPath, sum.HeaviestBytes) = (later.HeaviestPath, later.HeaviestBytes);
        }

        if (later.Latency is { } latency)
        {
            (sum.Latency ??= new LatencySketch()).Merge(latency);
        }
    }

    /// <summary>Where <paramref name="key"/> is summed in <paramref name="table"/>: itself, or <see cref="Other"/> once the table holds <paramref name="capacity"/> keys without it.</summary>
    /// <remarks>The table itself, not a delegate to its look-up: one made for each section of each second was garbage the GC had to collect.</remarks>
    public static string KeyOf<TValue>(string key, IReadOnlyDictionary<string, TValue> table, int capacity) =>
        table.Count < capacity || table.ContainsKey(key) ? key : Other;

    /// <summary>Every section, ranked by <see cref="SectionStats.CompareByRank"/>, with its response times; the table is empty after.</summary>
    public IReadOnlyList<SectionStats> TakeRanked()
    {
        var ranked = _bySection
            .Select(s => new SectionStats(s.Key, s.Value.Tally, s.Value.HeaviestPath, s.Value.HeaviestBytes) { Latency = s.Value.Latency?.Freeze() })
            .ToList();
        ranked.Sort(SectionStats.CompareByRank);
        _bySection.Clear();
        return ranked;
    }

    /// <summary>One section's sums so far; its sketch is the table's own.</summary>
    private struct Sum
    {
        public Tally Tally;
        public string HeaviestPath;
        public long HeaviestBytes;
        public LatencySketch? Latency;
    }
}
