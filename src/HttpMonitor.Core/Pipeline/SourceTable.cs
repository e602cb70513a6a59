using System.Runtime.InteropServices;
using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Sources summed over a window, bounded as vhosts are: past <see cref="Capacity"/> distinct
/// sources (syslog senders are named by their messages) the rest are summed together as "(other)".
/// </summary>
internal sealed class SourceTable(int capacity = SourceTable.Capacity)
{
    public const int Capacity = OpenSecond.SourceCapacity;

    private readonly Dictionary<string, Tally> _bySource = new(StringComparer.Ordinal);

    public void Add(SourceStats later)
    {
        string key = SectionTable.KeyOf(later.Source, _bySource, capacity);
        CollectionsMarshal.GetValueRefOrAddDefault(_bySource, key, out _) += later.Tally;
    }

    /// <summary>Every source, ranked by <see cref="SourceStats.CompareByRank"/> (the shared empty list when there is none); the table is empty after.</summary>
    public IReadOnlyList<SourceStats> TakeRanked()
    {
        if (_bySource.Count == 0)
        {
            return [];
        }

        var ranked = _bySource.Select(s => new SourceStats(s.Key, s.Value)).ToList();
        ranked.Sort(SourceStats.CompareByRank);
        _bySource.Clear();
        return ranked;
    }
}
