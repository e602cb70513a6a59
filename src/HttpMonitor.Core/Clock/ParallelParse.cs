using System.Collections.Concurrent;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Replay's reading on several cores: the log is cut into chunks of whole lines, each chunk is
/// split, parsed and summed per second on a thread of the pool (<see cref="ChunkParser"/>), and
/// the chunks' seconds are put on the one clock in the log's order (<see cref="PartsClock"/>). The
/// seconds, counts and format are those of one thread reading every line in turn.
/// </summary>
/// <remarks>
/// At most <c>threads + 2</c> chunks wait to be put on the clock, which bounds the memory. A format
/// that keeps state from line to line (w3c's <c>#Fields</c>) is parsed by one parser, chunk after
/// chunk, on one clock, on the reading thread (<see cref="InOrderParser"/>). With auto, a chunk before
/// the first non-blank line is read as auto reads it (it holds only blank and overlong lines), and
/// that line chooses the format of the rest.
/// </remarks>
internal sealed class ParallelParse
{
    // Chunks parsed in turn on the reading thread (w3c) are smaller: their seconds wait for the folds, and
    // at 1 MiB enough of them outlived the young generation that peak memory grew 11.6% from
    // 500,000 to 5,000,000 lines (bench/README.md). In parallel, larger chunks cost less CPU.
    private const int InOrderChunkBytes = 256 * 1024;

    private readonly ConcurrentBag<ChunkParser> _parsers = [];
    private readonly LineChunks _chunks;
    private readonly LineCounts _counts;
    private readonly int _maxLineBytes;
    private string? _format;       // the format's specification, once known (null: auto, before its first line)
    private InOrderParser? _inOrder; // the one parser, on the reading thread, for a format that cannot be parsed in parallel

    private ParallelParse(LineChunks chunks, string format, LineCounts counts)
    {
        _chunks = chunks;
        _counts = counts;
        _maxLineBytes = chunks.MaxLineBytes;
        var compiled = LogFormats.Compile(format);
        _format = compiled is null ? null : format;
        if (compiled is not null)
        {
            Decide(compiled);
        }

        counts.SetFormat(compiled?.Name ?? LogFormats.Auto, detected: false);
    }

    /// <summary>Threads that parse at once for <see cref="Threads.Auto"/>: every core.</summary>
    private static int AutoThreads => Environment.ProcessorCount;

    /// <summary>Reads <paramref name="chunks"/> to the end into <paramref name="seconds"/> (and completes them), or until cancelled (and does not).</summary>
    /// <param name="threads">Threads that parse at once; <see cref="Threads.Auto"/>: one per core.</param>
    /// <remarks><paramref name="seconds"/> are handed on on a thread of their own (<see cref="ChunkFold"/>).</remarks>
    /// <exception cref="LogFormatException">A format that cannot be compiled.</exception>
    public static void Run(LineChunks chunks, string format, int threads, LineCounts counts, IObserver<ClosedSecond> seconds, CancellationToken cancel)
    {
        var parse = new ParallelParse(chunks, format, counts);
        int parsing = threads == Threads.Auto ? AutoThreads : threads;
        using var fold = new ChunkFold(new PartsClock(seconds, counts), readAhead: parsing + 2, cancel);
        while (chunks.Next(cancel) is { } chunk)
        {
            if (cancel.IsCancellationRequested)
            {
                chunk.Return();
                return;
            }

            fold.Add(parse.Start(chunk));
        }

        if (!cancel.IsCancellationRequested)
        {
            if (parse._inOrder is { } inOrder)
            {
                fold.Add(Task.FromResult(inOrder.Complete()));
            }

            fold.Complete();
        }
    }

    /// <summary>
    /// Whether chunks of <paramref name="format"/> are parsed on several threads: all but a format
    /// that keeps state from line to line (w3c). Common and Combined were parsed in turn with auto on
    /// two cores while the folds outweighed their parsing; since the folds got lighter and a busy
    /// second's parts stopped costing memory (<see cref="SecondJoin"/>), both cores pay for them too
    /// (bench/README.md, "Parallel parsing").
    /// </summary>
    private static bool InParallel(ILogFormat format) => format.Name != LogFormats.W3c;

    /// <summary>Once the format is known: parsed in parallel, or in turn on the reading thread in smaller chunks.</summary>
    private void Decide(ILogFormat format)
    {
        _inOrder = InParallel(format) ? null : new InOrderParser(format, _maxLineBytes);
        _chunks.FillBytes = _inOrder is null ? LogStreams.ChunkSize : InOrderChunkBytes;
    }

    /// <summary>The chunk's parsing, started on the pool (or done here: <see cref="InParallel"/>).</summary>
    private Task<ChunkSeconds> Start(LineChunk chunk)
    {
        if (_format is null && FirstLineFormat(chunk.Lines) is { } detected)
        {
            _format = detected.Name;
            _counts.SetFormat(detected.Name, detected: true);
            Decide(detected);
        }

        if (_inOrder is not null)
        {
            return Task.FromResult(_inOrder.Parse(chunk));
        }

        // Before the first non-blank line auto chooses nothing: such a chunk needs no format.
        var parser = _format is null ? new ChunkParser(null, _maxLineBytes) : Take(_format);
        return Task.Run(() =>
        {
            var seconds = parser.Parse(chunk);
            _parsers.Add(parser);
            return seconds;
        });
    }

    private ChunkParser Take(string format) =>
        _parsers.TryTake(out var parser) && parser.Format is not null ? parser : new ChunkParser(LogFormats.Compile(format), _maxLineBytes);

    /// <summary>The format auto chooses from the first non-blank line of <paramref name="lines"/> that is not overlong; null when there is none.</summary>
    private ILogFormat? FirstLineFormat(ReadOnlySpan<byte> lines)
    {
        foreach (var range in lines.Split((byte)'\n'))
        {
            var line = lines[range];
            if (line.Length <= _maxLineBytes && LogIngest.Detect(line) is { } format)
            {
                return format;
            }
        }

        return null;
    }
}
