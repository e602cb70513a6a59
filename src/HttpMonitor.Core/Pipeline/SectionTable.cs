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

    private readonly Dictionary<string, SectionStats> _bySection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LatencySketch> _latency = new(StringComparer.Ordinal);

    public int Count => _bySection.Count;

    /// <summary>Adds a later second's counts of one section.</summary>
    public void Add(SectionStats later)
    {
        string key = KeyOf(later.Section, _bySection.Count, capacity, _bySection.ContainsKey);
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySection, key, out bool exists);
        known = exists ? known!.MergeCounts(later) : later with { Section = key, Latency = null };
        if (later.Latency is { } latency)
        {
            ref var owned = ref CollectionsMarshal.GetValueRefOrAddDefault(_latency, key, out _);
            (owned ??= new LatencySketch()).Merge(latency);
        }
    }

    /// <summary>Where <paramref name="section"/> is summed in a table of <paramref name="count"/> sections: itself, or <see cref="Other"/> once the table is full.</summary>
    public static string KeyOf(string section, int count, int capacity, Func<string, bool> contains) =>
        count < capacity || contains(section) ? section : Other;

    /// <summary>Every section, ranked by <see cref="SectionStats.CompareByRank"/>, with its response times; the table is empty after.</summary>
    public IReadOnlyList<SectionStats> TakeRanked()
    {
        var ranked = _bySection.Values
            .Select(s => _latency.TryGetValue(s.Section, out var latency) ? s with { Latency = latency.Freeze() } : s)
            .ToList();
        ranked.Sort(SectionStats.CompareByRank);
        _bySection.Clear();
        _latency.Clear();
        return ranked;
    }
}
