using System.Runtime.InteropServices;
using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Virtual hosts summed over a window, bounded as sections are: past <see cref="Capacity"/>
/// distinct vhosts the rest are summed together as "(other)", so forged Host headers cannot
/// exhaust memory.
/// </summary>
internal sealed class VhostTable(int capacity = VhostTable.Capacity)
{
    public const int Capacity = OpenSecond.VhostCapacity;

    private readonly Dictionary<string, Tally> _byVhost = new(StringComparer.Ordinal);

    public void Add(VhostStats later)
    {
        string key = SectionTable.KeyOf(later.Vhost, _byVhost.Count, capacity, _byVhost.ContainsKey);
        CollectionsMarshal.GetValueRefOrAddDefault(_byVhost, key, out _) += later.Tally;
    }

    /// <summary>Every vhost, ranked by <see cref="VhostStats.CompareByRank"/>; the shared empty list when there is none.</summary>
    public IReadOnlyList<VhostStats> Ranked()
    {
        if (_byVhost.Count == 0)
        {
            return [];
        }

        var ranked = _byVhost.Select(v => new VhostStats(v.Key, v.Value)).ToList();
        ranked.Sort(VhostStats.CompareByRank);
        return ranked;
    }

    public void Clear() => _byVhost.Clear();
}
