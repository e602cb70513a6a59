using System.Reactive;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Parses the chunks of a log one after the other on one clock that runs across them, on the
/// reading thread, where parsing in parallel cannot be: w3c, whose <c>#Fields</c> may change (<see cref="ParallelParse"/>):
/// a second is never cut where a chunk ends, so no second is joined again (<see cref="SecondJoin"/>)
/// and each is bounded as one reader bounds it. Each chunk gives the seconds it closed.
/// </summary>
internal sealed class InOrderParser
{
    private readonly LogClock _clock;
    private readonly LogIngest _ingest;
    private readonly int _maxLineBytes;
    private List<ClosedSecond> _closed = [];

    /// <param name="format">The reader, kept from chunk to chunk (w3c's <c>#Fields</c> carry over).</param>
    /// <param name="maxLineBytes">The longest line (<see cref="LineChunks.MaxLineBytes"/>).</param>
    public InOrderParser(ILogFormat format, int maxLineBytes)
    {
        _clock = new LogClock(Observer.Create<ClosedSecond>(second => ChunkParser.Keep(second, _closed)), wallNow: null);
        _ingest = new LogIngest(_clock, new LineCounts(), format);
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The seconds closed while reading the chunk, and its line counts; the chunk is returned to its pool.</summary>
    public ChunkSeconds Parse(LineChunk chunk)
    {
        var counts = new LineCounts();
        _ingest.CountInto(counts);
        chunk.ReadInto(_ingest, _maxLineBytes);
        return new ChunkSeconds(Take(), counts);
    }

    /// <summary>At the end of the log: the seconds still open.</summary>
    public ChunkSeconds Complete()
    {
        _clock.Complete();
        return new ChunkSeconds(Take(), new LineCounts());
    }

    private List<ClosedSecond> Take()
    {
        var closed = _closed;
        _closed = [];
        return closed;
    }
}
