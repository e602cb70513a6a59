using System.IO.Compression;

namespace HttpMonitor.Core.Sources;

/// <summary>Opens what a replay reads: a file, a gzip file (*.gz) or standard input ("-").</summary>
public static class LogStreams
{
    public const int ChunkSize = 1 << 20;

    /// <summary>The stream of log bytes, and the raw stream whose position tells progress (null for stdin).</summary>
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
            return (new GZipStream(file, CompressionMode.Decompress), file);
        }

        return (file, file);
    }

    /// <summary>Reads the stream to its end in large chunks into <paramref name="lines"/>, then flushes the last line.</summary>
    public static void ReadToEnd(Stream log, LineSplitter lines, CancellationToken cancel)
    {
        var buffer = new byte[ChunkSize];
        int read;
        while (!cancel.IsCancellationRequested && (read = log.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines.Write(buffer.AsSpan(0, read));
        }

        if (!cancel.IsCancellationRequested)
        {
            lines.Flush();
        }
    }
}
