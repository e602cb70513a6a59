using System.Text;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>An accepted line's fields as strings, for assertions; "-" where the request has no usable target, "" where the format gives no client or vhost.</summary>
/// <param name="DurationMicros">-1 when the line has no duration.</param>
public readonly record struct LogEntry(DateTimeOffset Timestamp, string Host, string Section, string Path, int Status, long Bytes, string Vhost = "", long DurationMicros = -1)
{
    // Written from SEMANTICS' text, not from the product's StatusClass: the naive model uses them.
    public bool Is4xx => Status is >= 400 and <= 499;

    public bool Is5xx => Status is >= 500 and <= 599;

    public bool IsError => Is4xx || Is5xx;
}

/// <summary>A format's fields made strings, for tests.</summary>
public static class ParserExtensions
{
    public static LineKind ParseEntry(this ILogFormat format, ReadOnlySpan<byte> line, out LogEntry entry)
    {
        var kind = format.Parse(line, out var parsed);
        entry = kind == LineKind.Accepted
            ? new LogEntry(
                parsed.Timestamp,
                Encoding.UTF8.GetString(parsed.Host),
                parsed.Section.IsEmpty ? "-" : Encoding.UTF8.GetString(parsed.Section),
                parsed.Path.IsEmpty ? "-" : Encoding.UTF8.GetString(parsed.Path),
                parsed.Status,
                parsed.Bytes,
                Encoding.UTF8.GetString(parsed.Vhost),
                parsed.DurationMicros)
            : default;
        return kind;
    }

    /// <summary>The fields of <paramref name="line"/>, which must be accepted.</summary>
    public static LogEntry Accepted(this ILogFormat format, string line)
    {
        Assert.Equal(LineKind.Accepted, format.ParseEntry(Encoding.UTF8.GetBytes(line), out var entry));
        return entry;
    }

    public static LineKind KindOf(this ILogFormat format, string line) => format.Parse(Encoding.UTF8.GetBytes(line), out _);

    /// <summary>A format by its name or format string, as <c>--format</c> takes it; never auto.</summary>
    public static ILogFormat Format(string format) => LogFormats.Compile(format) ?? throw new ArgumentException("auto has no reader of its own", nameof(format));
}
