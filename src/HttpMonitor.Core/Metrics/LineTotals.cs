using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Metrics;

/// <summary>The summary's counts of lines at one moment (<see cref="LineCounts"/> keeps them moving).</summary>
public sealed record LineTotals(long Accepted, long Rejected, long Ignored, long Future, string Format)
{
    public static readonly LineTotals None = new(0, 0, 0, 0, LogFormats.Auto);

    public long Lines => Accepted + Rejected + Ignored;

    public static LineTotals Of(LineCounts counts) =>
        new(counts.Accepted, counts.Rejected, counts.Ignored, counts.Future, counts.Format);
}
