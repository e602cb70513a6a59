namespace HttpMonitor.Core.Parsing;

/// <summary>
/// An accepted line's fields as slices of the line itself (or of its format's scratch buffers,
/// for values a format decodes): what the hot path of ingest needs, without allocating. Valid
/// only until the line's buffer is reused or its format reads the next line.
/// </summary>
/// <param name="host">The client; empty when the format gives none.</param>
/// <param name="section">"/" plus the path's first segment; empty when the request has no usable target ("-").</param>
/// <param name="path">The target without scheme, authority, query and fragment; empty when there is none ("-").</param>
/// <param name="vhost">The virtual host; empty when the format gives none.</param>
/// <param name="durationMicros">How long the request took, in microseconds; <see cref="NoDuration"/> when the line has none.</param>
public readonly ref struct ParsedLine(
    DateTimeOffset timestamp,
    ReadOnlySpan<byte> host,
    ReadOnlySpan<byte> section,
    ReadOnlySpan<byte> path,
    int status,
    long bytes,
    ReadOnlySpan<byte> vhost = default,
    long durationMicros = ParsedLine.NoDuration)
{
    /// <summary>The <see cref="DurationMicros"/> of a line without a duration (none given, <c>-</c>, empty or negative).</summary>
    public const long NoDuration = -1;

    public DateTimeOffset Timestamp { get; } = timestamp;

    public ReadOnlySpan<byte> Host { get; } = host;

    public ReadOnlySpan<byte> Section { get; } = section;

    public ReadOnlySpan<byte> Path { get; } = path;

    public int Status { get; } = status;

    public long Bytes { get; } = bytes;

    public ReadOnlySpan<byte> Vhost { get; } = vhost;

    public long DurationMicros { get; } = durationMicros;
}
