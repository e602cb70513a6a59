using System.Text.Json;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Metrics;

/// <summary>The summary's counts of lines at one moment (<see cref="LineCounts"/> keeps them moving).</summary>
public sealed record LineTotals(long Accepted, long Rejected, long Ignored, long Future, string Format)
{
    /// <summary>The inputs, when the run reads several or listens for syslog (<see cref="LineCounts.Inputs"/>); empty otherwise.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Syslog messages a full buffer turned away (<see cref="LineCounts.Dropped"/>).</summary>
    public long Dropped { get; init; }

    public static readonly LineTotals None = new(0, 0, 0, 0, LogFormats.Auto);

    public long Lines => Accepted + Rejected + Ignored;

    public static LineTotals Of(LineCounts counts) =>
        new(counts.Accepted, counts.Rejected, counts.Ignored, counts.Future, counts.Format) { Inputs = counts.Inputs, Dropped = counts.Dropped };

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
        if (Inputs.Count > 0 || Dropped > 0)
        {
            // Only for runs of several inputs or syslog: the summary of one log stays as it was.
            json.WriteNumber("dropped", Dropped);
            json.WriteStartArray("inputs");
            foreach (string input in Inputs)
            {
                json.WriteStringValue(input);
            }

            json.WriteEndArray();
        }
    }
}
