using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Joins the parts of one second, each read after the one before, into the second the clock
/// would have closed had it read their lines one after the other: what parallel parsing needs
/// where a part of the log counts in a second another part opened (docs/semantics.md, "The clock").
/// </summary>
/// <remarks>
/// Sums, first-seen orders, heaviest documents (a later one only when strictly heavier), response
/// times, the slowest hits (<see cref="SlowestInSecond"/>) and the bounds on distinct sections,
/// vhosts, sources and clients per second all come out as one reading makes them. The later part must be
/// unbounded (an <c>OpenSecond(bounded: false)</c>): a key it had put in "(other)" could not be
/// found in the earlier part. With no earlier part the bounds alone are applied.
/// The sections, vhosts, sources and clients are joined into tables that live until the second
/// closes: a busy log's second spans many chunks, and joining it anew at each one rebuilt up to
/// 10,000 of each per chunk (126 MB and slower than one reader at 50,000 lines a second). The
/// tables are kept from second to second, and a joined part's clients are given back to their pool
/// (<see cref="ClientCounts.Return"/>): made anew, both were large-object-heap arrays per second
/// and per part.
/// </remarks>
internal sealed class SecondJoin
{
    private readonly BoundedJoin<SectionStats> _sections = new(
        s => s.Section, (a, b) => a.MergeCounts(b) with { Latency = Joined(a.Latency, b.Latency) }, (s, name) => s with { Section = name },
        OpenSecond.SectionCapacity, OpenSecond.OtherSection);
    private readonly BoundedJoin<VhostStats> _vhosts = new(
        v => v.Vhost, (a, b) => a with { Tally = a.Tally + b.Tally, Latency = Joined(a.Latency, b.Latency) },
        (v, name) => v with { Vhost = name }, OpenSecond.VhostCapacity, OpenSecond.OtherSection);
    private readonly BoundedJoin<SourceStats> _sources = new(
        x => x.Source, (a, b) => a with { Tally = a.Tally + b.Tally }, (x, name) => x with { Source = name },
        OpenSecond.SourceCapacity, OpenSecond.OtherSection);
    private readonly Utf8Table<(long Hits, long Errors)> _clients = new(ClientsAndHours.ClientCapacity, ClientsAndHours.Other);
    private Tally _tally;
    private HourCount[] _hours = [];
    private LatencySketch? _latency;
    private SlowRequest[] _slowest = [];
    private ClosedSecond? _first; // the open second's first part; null while none is open
    private bool _joined;         // whether a part was added: else the first part is the second as it is

    public bool IsOpen => _first is not null;

    /// <summary>The open second's start.</summary>
    public DateTimeOffset Start => Opened.Start;

    private ClosedSecond Opened => _first ?? throw new InvalidOperationException("No second is open.");

    /// <summary>Joins two parts of one second (<paramref name="earlier"/> may be null: the bounds alone).</summary>
    public static ClosedSecond Join(ClosedSecond? earlier, ClosedSecond later)
    {
        var join = new SecondJoin();
        join.Open(earlier ?? later);
        if (earlier is not null)
        {
            join.Add(later);
        }

        return join.Close();
    }

    /// <summary>Opens a second with its first part (unbounded, or the second of one reader); none may be open.</summary>
    public void Open(ClosedSecond first)
    {
        if (_first is not null)
        {
            throw new InvalidOperationException("A second is open: close it first.");
        }

        _first = first;
    }

    /// <summary>A later part of the open second, read after every part before it.</summary>
    public void Add(ClosedSecond later)
    {
        JoinFirst();
        AddPart(later);
    }

    /// <summary>The joined second, which closes; with no later part, the first as it is if within the bounds.</summary>
    public ClosedSecond Close()
    {
        var first = Opened;
        if (!_joined && WithinBounds(first))
        {
            _first = null;
            return first;
        }

        JoinFirst();
        var sections = _sections.Take();
        var vhosts = _vhosts.Take();
        Array.ForEach(sections, section => section.Latency?.Freeze());
        Array.ForEach(vhosts, vhost => vhost.Latency?.Freeze());
        var closed = new ClosedSecond(first.Start, _tally, sections, ClientCounts.From(_clients), _hours)
        {
            Vhosts = vhosts,
            Sources = _sources.Take(),
            Latency = _latency?.Freeze(),
            Slowest = _slowest,
        };
        _clients.Clear();
        (_first, _tally, _hours, _latency, _slowest, _joined) = (null, default, [], null, [], false);
        return closed;
    }

    /// <summary>The first part into the tables, once: a second of one part within the bounds needs none of it.</summary>
    private void JoinFirst()
    {
        if (!_joined)
        {
            _joined = true;
            AddPart(Opened);
        }
    }

    private void AddPart(ClosedSecond part)
    {
        _tally += part.Tally;
        _sections.Add(part.Sections);
        _vhosts.Add(part.Vhosts);
        _sources.Add(part.Sources);
        for (int i = 0; i < part.Clients.Count; i++)
        {
            ref var tally = ref _clients.GetOrAdd(part.Clients.KeyAt(i));
            tally = (tally.Hits + part.Clients.HitsAt(i), tally.Errors + part.Clients.ErrorsAt(i));
        }

        part.Clients.Return();
        _hours = Hours(_hours, part.Hours);
        _slowest = Slowest(_slowest, _latency?.Count ?? 0, part.Slowest);
        _latency = Joined(_latency, part.Latency);
    }

    /// <summary>
    /// Response times of two parts: the later merged into a sketch of the join's own, made (a copy
    /// of the earlier) at the first merge and frozen when the second closes. A new sketch per part
    /// was a copy of everything joined so far, for every section of every part of a busy second.
    /// </summary>
    private static LatencySketch? Joined(LatencySketch? earlier, LatencySketch? later)
    {
        if (earlier is null || later is null)
        {
            return earlier ?? later;
        }

        var own = earlier.IsFrozen ? earlier.Copy() : earlier;
        own.Merge(later);
        return own;
    }

    private static bool WithinBounds(ClosedSecond second) =>
        second.Sections.Count <= OpenSecond.SectionCapacity
        && second.Vhosts.Count <= OpenSecond.VhostCapacity
        && second.Sources.Count <= OpenSecond.SourceCapacity
        && second.Clients.Count <= ClientsAndHours.ClientCapacity;

    private static HourCount[] Hours(IReadOnlyList<HourCount> earlier, IReadOnlyList<HourCount> later)
    {
        var hours = earlier.ToList();
        foreach (var hour in later)
        {
            int at = hours.FindIndex(h => h.WeekdayHour == hour.WeekdayHour);
            if (at < 0)
            {
                hours.Add(hour);
            }
            else
            {
                hours[at] = hours[at] with { Hits = hours[at].Hits + hour.Hits, Errors = hours[at].Errors + hour.Errors };
            }
        }

        return [.. hours];
    }

    /// <summary>The slowest of both: by duration, on a tie the first read (the later part's hits were all read after the earlier's).</summary>
    private static SlowRequest[] Slowest(IReadOnlyList<SlowRequest> earlier, long earlierTimed, IReadOnlyList<SlowRequest> later)
    {
        return earlier
            .Concat(later.Select(s => s with { Seen = earlierTimed + s.Seen }))
            .OrderByDescending(s => s.DurationMicros).ThenBy(s => s.Seen)
            .Take(SlowestInSecond.Capacity)
            .Order(Comparer<SlowRequest>.Create(SlowRequest.CompareBySlowness))
            .ToArray();
    }
}
