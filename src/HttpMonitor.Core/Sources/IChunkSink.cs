namespace HttpMonitor.Core.Sources;

/// <summary>
/// Takes the bytes of one followed file, in order. A follower opens one per file it reads, so that a
/// partial line left in a rotated file never runs into the first line of the next one.
/// </summary>
/// <remarks><see cref="LineSplitter"/> is the usual implementation.</remarks>
public interface IChunkSink
{
    /// <summary>The next bytes of the file.</summary>
    void Write(ReadOnlySpan<byte> chunk);

    /// <summary>The file will not grow any more (rotated out): a last line without a newline is still a line.</summary>
    void Flush();

    /// <summary>The file was truncated and is read again from its start: a held partial line is void.</summary>
    void Reset();
}
