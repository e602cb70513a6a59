using System.Collections.Immutable;
using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Every section since start, folded window by window: an immutable value, so a screen can hold
/// one while the monitor folds the next. Bounded like a window: past <see cref="SectionTable.DefaultCapacity"/>
/// sections the rest are summed as <see cref="SectionTable.Other"/>.
/// </summary>
public sealed record SectionsSinceStart(Tally Tally, ImmutableDictionary<string, SectionStats> Sections)
{
    public static SectionsSinceStart Empty { get; } =
        new(default, ImmutableDictionary<string, SectionStats>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>These sections and a later window's.</summary>
    public SectionsSinceStart Add(WindowStats window)
    {
        var sections = Sections.ToBuilder();
        foreach (var later in window.Sections)
        {
            string key = SectionTable.KeyOf(later.Section, sections, SectionTable.DefaultCapacity);
            sections[key] = sections.TryGetValue(key, out var known) ? known.Merge(later) : later with { Section = key };
        }

        return new SectionsSinceStart(Tally + window.Tally, sections.ToImmutable());
    }

    /// <summary>Every section, ranked by <see cref="SectionStats.CompareByRank"/>.</summary>
    public IReadOnlyList<SectionStats> Ranked()
    {
        var ranked = Sections.Values.ToList();
        ranked.Sort(SectionStats.CompareByRank);
        return ranked;
    }
}
