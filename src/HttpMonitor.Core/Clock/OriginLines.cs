using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Clock;

/// <summary>The lines of one source, handed to the run's one ingest with the source's origin.</summary>
internal sealed class OriginLines(LogIngest ingest, LogOrigin origin) : ILineSink
{
    public void OnLine(ReadOnlySpan<byte> line) => ingest.OnLine(line, origin);

    public void OnOverlongLine(ReadOnlySpan<byte> head) => ingest.OnOverlongLine(head);
}
