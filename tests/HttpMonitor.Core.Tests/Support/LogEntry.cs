using System.Text;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>An accepted line's fields as strings, for assertions; "-" where the request has no usable target.</summary>
public readonly record struct LogEntry(DateTimeOffset Timestamp, string Host, string Section, string Path, int Status, long Bytes)
{
    // Written from SEMANTICS' text, not from the product's StatusClass: the naive model uses them.
    public bool Is4xx => Status is >= 400 and <= 499;

    public bool Is5xx => Status is >= 500 and <= 599;

    public bool IsError => Is4xx || Is5xx;
}

/// <summary>The parser with its fields made strings, for tests.</summary>
public static class ParserExtensions
{
    public static LineKind Parse(this LogLineParser parser, ReadOnlySpan<byte> line, out LogEntry entry)
    {
        var kind = parser.ParseInPlace(line, out var parsed);
        entry = kind == LineKind.Accepted
            ? new LogEntry(
                parsed.Timestamp,
                Encoding.UTF8.GetString(parsed.Host),
                parsed.Section.IsEmpty ? "-" : Encoding.UTF8.GetString(parsed.Section),
                parsed.Path.IsEmpty ? "-" : Encoding.UTF8.GetString(parsed.Path),
                parsed.Status,
                parsed.Bytes)
            : default;
        return kind;
    }
}
