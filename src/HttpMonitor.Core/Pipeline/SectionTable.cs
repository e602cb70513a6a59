using System.Runtime.InteropServices;
using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Sections summed over many seconds (a window, or since start), bounded in size: past
/// <see cref="Capacity"/> distinct sections the rest are summed together as <see cref="Other"/>,
/// so a scanner requesting random paths cannot exhaust memory.
/// </summary>
internal sealed class SectionTable(int capacity = SectionTable.DefaultCapacity)
{
    public const string Other = OpenSecond.OtherSection;
    public const int DefaultCapacity = OpenSecond.SectionCapacity;

    private readonly Dictionary<string, SectionStats> _bySection = new(StringComparer.Ordinal);

    public int Count => _bySection.Count;

    /// <summary>Adds a later second's (or window's) counts of one section.</summary>
    public void Add(SectionStats later)
    {
        string key = KeyOf(later.Section, _bySection.Count, capacity, _bySection.ContainsKey);
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySection, key, out bool exists);
        known = exists ? known!.Merge(later) : later with { Section = key };
    }

    /// <summary>Where <paramref name="section"/> is summed in a table of <paramref name="count"/> sections: itself, or <see cref="Other"/> once the table is full.</summary>
    public static string KeyOf(string section, int count, int capacity, Func<string, bool> contains) =>
        count < capacity || contains(section) ? section : Other;

    /// <summary>Every section, ranked by <see cref="SectionStats.CompareByRank"/>.</summary>
    public IReadOnlyList<SectionStats> Ranked()
    {
        var ranked = _bySection.Values.ToList();
        ranked.Sort(SectionStats.CompareByRank);
        return ranked;
    }

    public void Clear() => _bySection.Clear();
}
