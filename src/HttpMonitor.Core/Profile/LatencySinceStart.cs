using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Profile;

/// <summary>
/// Response times since start, overall and per section, merged window by window (a window's
/// sketches are already merged from its seconds, so this costs little per window). Bounded: past
/// <see cref="SectionCapacity"/> timed sections the rest are merged as "(other)", at most 16 KB each.
/// </summary>
internal sealed class LatencySinceStart
{
    public const int SectionCapacity = 1000;

    /// <summary>Sections reported, those with the most timed hits.</summary>
    public const int TopSections = 10;

    private readonly Dictionary<string, LatencySketch> _sections = new(StringComparer.Ordinal);
    private LatencySketch? _overall;

    public void Add(WindowStats window)
    {
        if (window.Latency is not { } latency)
        {
            return;
        }

        (_overall ??= new LatencySketch()).Merge(latency);
        foreach (var section in window.Sections)
        {
            if (section.Latency is { } own)
            {
                string key = SectionTable.KeyOf(section.Section, _sections, SectionCapacity);
                (_sections.TryGetValue(key, out var known) ? known : _sections[key] = new LatencySketch()).Merge(own);
            }
        }
    }

    /// <summary>Copies of the sketches, frozen: null when nothing was timed.</summary>
    public LatencySketch? Overall() => _overall?.Copy().Freeze();

    /// <summary>The <see cref="TopSections"/> sections with the most timed hits (then by name), as frozen copies.</summary>
    public IReadOnlyList<SectionLatency> Top() =>
    [
        .. _sections
            .OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(TopSections)
            .Select(s => new SectionLatency(s.Key, s.Value.Copy().Freeze())),
    ];
}
