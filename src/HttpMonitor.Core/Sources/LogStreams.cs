namespace HttpMonitor.Core.Sources;

/// <summary>Opens what a replay reads: a file, a gzip file (*.gz) or standard input ("-").</summary>
public static class LogStreams
{
    public const int ChunkSize = 1 << 20;

    /// <summary>The stream of log bytes, and the raw stream whose position tells progress (null for stdin).</summary>
    /// <remarks>A .gz file's log is a <see cref="GzipLogStream"/>: after reading it, ask it whether it was whole.</remarks>
    public static (Stream Log, Stream? Raw) OpenForReplay(string path)
    {
        if (path == "-")
        {
            return (Console.OpenStandardInput(ChunkSize), null);
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
            bufferSize: 0, FileOptions.SequentialScan);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return (new GzipLogStream(file), file); // checked member by member: GZipStream takes a truncated file for whole
        }

        return (file, file);
    }

    /// <summary>
    /// Reads the stream to its end in large chunks into <paramref name="lines"/>, then flushes the last line.
    /// Cancelled, it returns at once, even from a read waiting on a pipe or terminal (that read is left behind).
    /// </summary>
    public static void ReadToEnd(Stream log, LineSplitter lines, CancellationToken cancel)
    {
        var buffer = new byte[ChunkSize];
        int read;
        while (!cancel.IsCancellationRequested && (read = Read(log, buffer, cancel)) > 0)
        {
            lines.Write(buffer.AsSpan(0, read));
        }

        if (!cancel.IsCancellationRequested)
        {
            lines.Flush();
        }
    }

    /// <returns>The bytes read; 0 at the end, or when cancelled.</returns>
    private static int Read(Stream log, byte[] buffer, CancellationToken cancel) => Read(log, buffer, 0, buffer.Length, cancel);

    /// <returns>The bytes read into <paramref name="buffer"/> from <paramref name="offset"/>; 0 at the end, or when cancelled.</returns>
    internal static int Read(Stream log, byte[] buffer, int offset, int count, CancellationToken cancel)
    {
        if (log.CanSeek)
        {
            return log.Read(buffer, offset, count); // a file: never waits for a writer
        }

        // A pipe or terminal can wait for ever: read elsewhere, so that a stop need not wait.
        var reading = Task.Run(() => log.Read(buffer, offset, count), CancellationToken.None);
        try
        {
            reading.Wait(cancel);
            return reading.Result;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return 0;
        }
    }
}
