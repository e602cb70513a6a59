namespace HttpMonitor.Core.Sources;

/// <summary>Receives the lines a source reads, without their newline.</summary>
public interface ILineSink
{
    void OnLine(ReadOnlySpan<byte> line);

    /// <summary>A line longer than the limit: only its first bytes are passed, the rest was skipped.</summary>
    void OnOverlongLine(ReadOnlySpan<byte> head);
}
