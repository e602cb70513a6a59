using System.Runtime.CompilerServices;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Clock;

/// <summary>Parses each line a source reads, counts it, and hands accepted lines to the clock.</summary>
public sealed class LogIngest(LogClock clock, LineCounts counts) : ILineSink
{
    private readonly LogLineParser _parser = new();

    public LineCounts Counts => counts;

    [MethodImpl(HotPath.PerLine)]
    public void OnLine(ReadOnlySpan<byte> line)
    {
        // The allocation-free overload: fields stay slices of the line (see ParsedLine).
        switch (_parser.ParseInPlace(line, out var parsed))
        {
            case LineKind.Accepted:
                counts.CountAccepted();
                if (clock.Accept(parsed))
                {
                    counts.CountFuture();
                }

                break;
            case LineKind.Rejected:
                counts.CountRejected(LogLineParser.Decode(line));
                break;
        }
    }

    public void OnOverlongLine(ReadOnlySpan<byte> head) =>
        counts.CountRejected(LogLineParser.Decode(head) + "…");
}
