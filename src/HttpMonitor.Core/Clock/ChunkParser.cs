using System.Reactive;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Parses chunks of whole lines into their seconds, on whichever thread calls it: each chunk on a
/// clock of its own, started at its first line (parallel parsing; <see cref="PartsClock"/> puts
/// the chunks' seconds on the one clock). Reused chunk after chunk, by one thread at a time.
/// </summary>
/// <param name="format">A reader for this parser alone; null for auto (a chunk before the first line that chooses).</param>
/// <param name="maxLineBytes">The longest line (<see cref="LineChunks.MaxLineBytes"/>).</param>
internal sealed class ChunkParser(ILogFormat? format, int maxLineBytes)
{
    // Unbounded: the bounds per second are applied when the parts are joined (SecondJoin).
    private readonly OpenSecond _open = new(bounded: false);

    public string? Format => format?.Name;

    /// <summary>The chunk's seconds with lines, in order, by its own clock, and its line counts; the chunk is returned to its pool.</summary>
    public ChunkSeconds Parse(LineChunk chunk)
    {
        var seconds = new List<ClosedSecond>();
        var counts = new LineCounts();
        var clock = new LogClock(Observer.Create<ClosedSecond>(s => Keep(s, seconds)), wallNow: null, _open);
        var ingest = format is null ? new LogIngest(clock, counts) : new LogIngest(clock, counts, format);
        chunk.ReadInto(ingest, maxLineBytes);
        clock.Complete();
        return new ChunkSeconds(seconds, counts);
    }

    /// <summary>Seconds with lines only: the empty ones between are the one clock's to count (<see cref="PartsClock"/>).</summary>
    internal static void Keep(ClosedSecond second, List<ClosedSecond> seconds)
    {
        if (second.Tally.Hits > 0)
        {
            seconds.Add(second);
        }
    }
}
