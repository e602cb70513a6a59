namespace HttpMonitor.Core.Parsing;

/// <summary>
/// A log format compiled once from its specification (<see cref="LogFormats.Compile"/>) into a
/// line reader. Never throws on a line: any input is Blank, Accepted, Rejected or Ignored.
/// </summary>
/// <remarks>
/// Not thread-safe, and some formats keep state from line to line (W3C's <c>#Fields</c>): one
/// reader per stream of lines. The fields of an accepted line are slices of the line, or of
/// buffers the reader owns (decoded JSON strings), valid until its next line.
/// </remarks>
public interface ILogFormat
{
    /// <summary>The format's name as the summary reports it: combined, common, vhost_combined, nginx, apache, json, w3c or alb.</summary>
    string Name { get; }

    /// <summary>Reads one line, without its newline; a trailing '\r' is dropped.</summary>
    LineKind Parse(ReadOnlySpan<byte> line, out ParsedLine parsed);
}
