using System.Runtime.CompilerServices;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// What the open second has seen so far, summed line by line without a string per line: its
/// tally, its sections and vhosts (keyed by their bytes) with their response times, its slowest
/// hits, and its clients and hours. <see cref="Close"/> turns
/// it into the immutable <see cref="ClosedSecond"/> and starts the next second from nothing.
/// </summary>
/// <param name="bounded">
/// Whether distinct sections, vhosts and clients are bounded per second (<see cref="SectionCapacity"/>).
/// Parallel parsing sums parts of the log unbounded (each part is bounded by its size) and applies
/// the bound when it joins them (<see cref="SecondJoin"/>): a bound applied to a part could not be
/// undone by the join. Such parts hold their clients in pooled arrays that the join gives back.
/// </param>
internal sealed class OpenSecond(bool bounded = true)
{
    public const string OtherSection = "(other)";

    /// <summary>Distinct sections per second; past them the rest count as <see cref="OtherSection"/>.</summary>
    public const int SectionCapacity = 10_000;

    /// <summary>Distinct vhosts per second; past them the rest count as <see cref="OtherSection"/>.</summary>
    public const int VhostCapacity = 10_000;

    /// <summary>Distinct sources per second; past them the rest count as <see cref="OtherSection"/>.</summary>
    public const int SourceCapacity = 1_000;

    // Keyed by the section's bytes (empty: no usable target): a line finds its section without a
    // string; names are made once per section per second, in Close, from a pool shared by seconds.
    private readonly Utf8Table<SectionBuilder> _sections = new(bounded ? SectionCapacity : int.MaxValue, OtherSection);
    private readonly Utf8Table<VhostBuilder> _vhosts = new(bounded ? VhostCapacity : int.MaxValue, OtherSection);
    private readonly Utf8Table<Tally> _sources = new(bounded ? SourceCapacity : int.MaxValue, OtherSection);
    private readonly SlowestInSecond _slowest = new();
    private readonly StringPool _strings = new();
    private readonly ClientsAndHours _clientsAndHours = new(bounded ? ClientsAndHours.ClientCapacity : int.MaxValue);

    // Where a field longer than BoundedField.MaxBytes is shortened: what is kept stays bounded in bytes.
    private readonly byte[] _section = new byte[BoundedField.MaxBytes];
    private readonly byte[] _path = new byte[BoundedField.MaxBytes];
    private readonly byte[] _client = new byte[BoundedField.MaxBytes];
    private readonly byte[] _vhost = new byte[BoundedField.MaxBytes];
    private Tally _tally;

    public bool IsEmpty => _tally.Hits == 0;

    public long Hits => _tally.Hits;

    [MethodImpl(HotPath.PerLine)]
    public void Add(in ParsedLine line, LogOrigin? origin = null)
    {
        if (origin is not null)
        {
            ref var source = ref _sources.GetOrAdd(origin.NameBytes);
            source = source.Add(line.Status, line.Bytes);
        }

        _tally = _tally.Add(line.Status, line.Bytes);
        _clientsAndHours.Add(line.Timestamp, BoundedField.Of(line.Host, _client), line.Status);
        var path = line.Section.IsEmpty ? "-"u8 : BoundedField.Of(line.Path, _path);
        var section = BoundedField.Of(line.Section, _section);
        _sections.GetOrAdd(section).Add(line.Status, line.Bytes, path, line.DurationMicros);
        if (!line.Vhost.IsEmpty)
        {
            _vhosts.GetOrAdd(BoundedField.Of(line.Vhost, _vhost)).Add(line.Status, line.Bytes, line.DurationMicros);
        }

        if (line.DurationMicros >= 0)
        {
            _slowest.Add(line.DurationMicros, line.Status, line.Timestamp, section, path);
        }
    }

    /// <summary>The second starting at <paramref name="start"/>, with what was added since the last close.</summary>
    public ClosedSecond Close(DateTimeOffset start)
    {
        var sections = new SectionStats[_sections.Count];
        for (int i = 0; i < sections.Length; i++)
        {
            var key = _sections.KeyAt(i);
            sections[i] = _sections.ValueAt(i).ToStats(key.IsEmpty ? Target.None : _strings.Get(key));
        }

        var (hours, clients) = _clientsAndHours.Take(rented: !bounded);
        var closed = new ClosedSecond(start, _tally, sections, clients, hours)
        {
            Vhosts = TakeVhosts(),
            Sources = TakeSources(),
            Latency = Overall(sections),
            Slowest = _slowest.Take(_strings),
        };
        _tally = default;
        _sections.Clear();
        return closed;
    }

    private VhostStats[] TakeVhosts()
    {
        if (_vhosts.Count == 0)
        {
            return [];
        }

        var vhosts = new VhostStats[_vhosts.Count];
        for (int i = 0; i < vhosts.Length; i++)
        {
            vhosts[i] = _vhosts.ValueAt(i).ToStats(_strings.Get(_vhosts.KeyAt(i)));
        }

        _vhosts.Clear();
        return vhosts;
    }

    private SourceStats[] TakeSources()
    {
        if (_sources.Count == 0)
        {
            return [];
        }

        var sources = new SourceStats[_sources.Count];
        for (int i = 0; i < sources.Length; i++)
        {
            sources[i] = new SourceStats(_strings.Get(_sources.KeyAt(i)), _sources.ValueAt(i));
        }

        _sources.Clear();
        return sources;
    }

    /// <summary>The second's response times: its sections' merged (every timed hit is in one section); null when none was timed.</summary>
    private static LatencySketch? Overall(SectionStats[] sections)
    {
        LatencySketch? overall = null;
        foreach (var section in sections)
        {
            if (section.Latency is { } latency)
            {
                (overall ??= new LatencySketch()).Merge(latency);
            }
        }

        return overall?.Freeze();
    }
}
