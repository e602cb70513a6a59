namespace HttpMonitor.Core.Parsing;

/// <summary>
/// An accepted line's fields as slices of the line itself: what the hot path of ingest needs,
/// without allocating. Valid only until the line's buffer is reused.
/// </summary>
/// <param name="Section">"/" plus the path's first segment; empty when the request has no usable target ("-").</param>
/// <param name="Path">The target without scheme, authority, query and fragment; empty when there is none ("-").</param>
public readonly ref struct ParsedLine(
    DateTimeOffset timestamp, ReadOnlySpan<byte> host, ReadOnlySpan<byte> section, ReadOnlySpan<byte> path, int status, long bytes)
{
    public DateTimeOffset Timestamp { get; } = timestamp;

    public ReadOnlySpan<byte> Host { get; } = host;

    public ReadOnlySpan<byte> Section { get; } = section;

    public ReadOnlySpan<byte> Path { get; } = path;

    public int Status { get; } = status;

    public long Bytes { get; } = bytes;
}
