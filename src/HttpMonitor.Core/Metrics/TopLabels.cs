using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// Which values of a label (sections, vhosts) are exported under their own name: at most
/// <c>capacity</c> of them; every other value is <see cref="Other"/>, so a flood of distinct
/// sections cannot grow the scrape. A value gets its own label when it is among the top
/// <c>capacity</c> since start (a Space-Saving sketch of <see cref="SketchCapacity"/> counters)
/// with at least <see cref="MinShare"/> of all hits, and keeps it for the run.
/// </summary>
/// <remarks>
/// Labels are only ever added: a value's hits before its label count in <see cref="Other"/> and
/// stay there, so no counter goes back when a value is promoted. The share keeps a flood of
/// one-hit values (scanners) from taking the labels before the real sections have earned them.
/// </remarks>
internal sealed class TopLabels(int capacity)
{
    public const string Other = "other";

    /// <summary>The share of all hits since start a value needs for a label of its own.</summary>
    public const double MinShare = 0.01;

    /// <summary>Counters of the sketch: every value with more than 0.1% of the hits is in it, counted within 0.1% of them.</summary>
    public const int SketchCapacity = 1_000;

    private readonly SpaceSaving _seen = new(SketchCapacity);
    private readonly HashSet<string> _labelled = new(StringComparer.Ordinal);
    private long _total;
    private bool _changed;

    /// <summary>How many values have a label of their own.</summary>
    public int Count => _labelled.Count;

    public void Add(string value, long hits)
    {
        if (_labelled.Count < capacity && hits > 0)
        {
            _seen.Add(value, hits);
            _changed = true;
        }

        _total += hits;
    }

    /// <summary>Gives a label to each value that has earned one since the last call, while labels are left.</summary>
    public void Admit()
    {
        if (!_changed)
        {
            return;
        }

        _changed = false;
        double least = Math.Max(1, MinShare * _total);
        foreach (var hitter in _seen.Top(capacity))
        {
            if (_labelled.Count >= capacity)
            {
                return;
            }

            if (hitter.Count - hitter.Overestimate >= least)
            {
                _labelled.Add(hitter.Key);
            }
        }
    }

    /// <summary>The label <paramref name="value"/>'s hits count under.</summary>
    public string Of(string value) => _labelled.Contains(value) ? value : Other;
}
