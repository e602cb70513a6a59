using System.Runtime.InteropServices;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Virtual hosts summed over a window, bounded as sections are: past <see cref="Capacity"/>
/// distinct vhosts the rest are summed together as "(other)", so forged Host headers cannot
/// exhaust memory. Response times are merged into sketches it owns, as <see cref="SectionTable"/> does.
/// </summary>
internal sealed class VhostTable(int capacity = VhostTable.Capacity)
{
    public const int Capacity = OpenSecond.VhostCapacity;

    private readonly Dictionary<string, (Tally Tally, LatencySketch? Latency)> _byVhost = new(StringComparer.Ordinal);

    public void Add(VhostStats later)
    {
        string key = SectionTable.KeyOf(later.Vhost, _byVhost, capacity);
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_byVhost, key, out _);
        known.Tally += later.Tally;
        if (later.Latency is { } latency)
        {
            (known.Latency ??= new LatencySketch()).Merge(latency);
        }
    }

    /// <summary>Every vhost, ranked by <see cref="VhostStats.CompareByRank"/> (the shared empty list when there is none); the table is empty after.</summary>
    public IReadOnlyList<VhostStats> TakeRanked()
    {
        if (_byVhost.Count == 0)
        {
            return [];
        }

        var ranked = _byVhost.Select(v => new VhostStats(v.Key, v.Value.Tally) { Latency = v.Value.Latency?.Freeze() }).ToList();
        ranked.Sort(VhostStats.CompareByRank);
        _byVhost.Clear();
        return ranked;
    }
}
