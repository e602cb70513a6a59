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
    private readonly SectionTable _sections = new();
    private readonly StringPool _strings = new();
    private readonly ProfileCounter _profile = new();
    private long _hits, _errors4xx, _errors5xx, _bytes;

    public bool IsEmpty => _hits == 0;

    public void Add(in LogEntry e)
    {
        Count(e.Status, e.Bytes);
        _sections.Add(e.Section, e.Path, e.Status, e.Bytes);
        _profile.Add(e.Timestamp, e.Host, e.IsError);
    }

    /// <summary>Allocates nothing for a known section; the path becomes a string only if it may be the heaviest.</summary>
    public void Add(in ParsedLine line)
    {
        Count(line.Status, line.Bytes);
        _profile.Add(line.Timestamp, line.Host, line.Status >= 400);
        if (line.Section.IsEmpty)
        {
            _sections.Add(Target.None, Target.None, line.Status, line.Bytes);
        }
        else
        {
            _sections.Add(_strings.Get(line.Section), line.Path, _strings, line.Status, line.Bytes);
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
        var counts = new EntryCounts(_hits, _errors4xx, _errors5xx, _bytes, _sections.InFirstSeenOrder(), _profile.Take());
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
