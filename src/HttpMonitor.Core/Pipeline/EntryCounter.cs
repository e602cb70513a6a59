using System.Runtime.CompilerServices;
using System.Text;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Profile;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Sums entries into <see cref="EntryCounts"/>, exactly as the open second sums them entry by
/// entry (same section table, same capacity, same first-seen ties), so that a second built from
/// one <see cref="EntryCounts"/> equals a second built from its entries.
/// </summary>
internal sealed class EntryCounter
{
    // Keyed by the section's bytes (empty: no usable target): a line finds its section without a
    // string; names are made once per section per second, in Take.
    private readonly Utf8Table<SectionTally> _sections = new(SectionTable.DefaultCapacity, SectionTable.Other);
    private readonly StringPool _strings = new();
    private readonly ProfileCounter _profile = new();
    private long _hits, _errors4xx, _errors5xx, _bytes;

    public bool IsEmpty => _hits == 0;

    public long Hits => _hits;

    public void Add(in LogEntry e)
    {
        Count(e.Status, e.Bytes);
        ref var section = ref _sections.GetOrAdd(Encoding.UTF8.GetBytes(e.Section));
        section.Count(e.Status, e.Bytes);
        section.Offer(e.Path, e.Bytes);
        _profile.Add(e.Timestamp, e.Host, e.IsError);
    }

    /// <summary>Allocates nothing for a known section; the path becomes a string only if it may be the heaviest.</summary>
    [MethodImpl(HotPath.PerLine)]
    public void Add(in ParsedLine line)
    {
        Count(line.Status, line.Bytes);
        _profile.Add(line.Timestamp, line.Host, line.Status >= 400);
        ref var section = ref _sections.GetOrAdd(line.Section);
        section.Count(line.Status, line.Bytes);
        if (line.Section.IsEmpty)
        {
            section.Offer(Target.None, line.Bytes);
        }
        else
        {
            section.Offer(line.Path, line.Bytes);
        }
    }

    /// <summary>One entry as counts: the path of entries delivered one by one (tests, small inputs).</summary>
    public static EntryCounts Of(in LogEntry e)
    {
        var counter = new EntryCounter();
        counter.Add(e);
        return counter.Take();
    }

    /// <summary>What was summed since the last take; starts again from zero.</summary>
    public EntryCounts Take()
    {
        var sections = new SectionStats[_sections.Count];
        for (int i = 0; i < sections.Length; i++)
        {
            var key = _sections.KeyAt(i);
            sections[i] = _sections.ValueAt(i).ToStats(key.IsEmpty ? Target.None : _strings.Get(key), _strings);
        }

        var counts = new EntryCounts(_hits, _errors4xx, _errors5xx, _bytes, sections, _profile.Take());
        _hits = _errors4xx = _errors5xx = _bytes = 0;
        _sections.Clear();
        return counts;
    }

    private void Count(int status, long bytes)
    {
        _hits++;
        if (status is >= 500 and <= 599)
        {
            _errors5xx++;
        }
        else if (status is >= 400 and <= 499)
        {
            _errors4xx++;
        }

        _bytes += bytes;
    }
}
