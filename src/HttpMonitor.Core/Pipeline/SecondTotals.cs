using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// One closed second [Start, Start+1s): the pipeline's unit of time. Every second from the
/// clock's start is reported, also when nothing happened in it.
/// </summary>
/// <param name="Sections">Sections in the order first seen in this second.</param>
public sealed record SecondTotals(
    DateTimeOffset Start,
    long Hits,
    long Errors4xx,
    long Errors5xx,
    long Bytes,
    IReadOnlyList<SectionStats> Sections) : MonitorEvent(Start.AddSeconds(1))
{
    public long Errors => Errors4xx + Errors5xx;

    public static SecondTotals Empty(DateTimeOffset start) => new(start, 0, 0, 0, 0, []);
}
