namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// The counts of entries that arrived one after another in the open second, summed before the
/// Rx operators so that they run once per second, not once per line.
/// </summary>
/// <param name="Sections">Sections in the order first seen among these entries.</param>
/// <param name="Profile">What these entries add to the traffic profile.</param>
public sealed record EntryCounts(
    long Hits,
    long Errors4xx,
    long Errors5xx,
    long Bytes,
    IReadOnlyList<SectionStats> Sections,
    Profile.ProfileCounts Profile);
