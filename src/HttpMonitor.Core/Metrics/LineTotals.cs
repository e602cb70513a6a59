using System.Text.Json;
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

    /// <summary>
    /// The fields of the <c>"summary"</c> object of SEMANTICS.md, into an object already started:
    /// one writer for <c>--output jsonl</c>'s last line and <c>/api/state</c>'s summary.
    /// </summary>
    public void WriteFields(Utf8JsonWriter json)
    {
        json.WriteString("type", "summary");
        json.WriteNumber("lines", Lines);
        json.WriteNumber("accepted", Accepted);
        json.WriteNumber("rejected", Rejected);
        json.WriteNumber("ignored", Ignored);
        json.WriteNumber("future", Future);
        json.WriteString("format", Format);
    }
}
