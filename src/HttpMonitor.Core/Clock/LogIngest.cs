using System.Runtime.CompilerServices;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Parses each line a source reads with the run's log format, counts it, and hands accepted lines
/// to the clock. With <c>auto</c> the first non-blank line chooses the format, once for the run:
/// every source of a live run shares this ingest.
/// </summary>
public sealed class LogIngest : ILineSink
{
    private readonly LogClock _clock;
    private LineCounts _counts;
    private ILogFormat? _format;

    /// <param name="format">The format's name or format string (<see cref="LogFormats.Compile"/>), checked before the run.</param>
    /// <exception cref="LogFormatException">A format that cannot be compiled.</exception>
    public LogIngest(LogClock clock, LineCounts counts, string format = LogFormats.Auto)
    {
        _clock = clock;
        _counts = counts;
        _format = LogFormats.Compile(format);
        counts.SetFormat(_format?.Name ?? LogFormats.Auto, detected: false);
    }

    /// <summary>An ingest that reads with <paramref name="format"/>, a reader made for it alone (parallel parsing: one per thread).</summary>
    internal LogIngest(LogClock clock, LineCounts counts, ILogFormat format)
    {
        _clock = clock;
        _counts = counts;
        _format = format;
        counts.SetFormat(format.Name, detected: false);
    }

    public LineCounts Counts => _counts;

    /// <summary>Counts the lines from now on into <paramref name="counts"/>: a part of the log's own counts (<see cref="InOrderParser"/>).</summary>
    internal void CountInto(LineCounts counts) => _counts = counts;

    [MethodImpl(HotPath.PerLine)]
    public void OnLine(ReadOnlySpan<byte> line) => OnLine(line, null);

    /// <summary>A line of <paramref name="origin"/>'s (null: the run's one input), counted under it.</summary>
    [MethodImpl(HotPath.PerLine)]
    public void OnLine(ReadOnlySpan<byte> line, LogOrigin? origin)
    {
        var format = _format ?? Choose(line);
        if (format is null)
        {
            return; // a blank line before the first one
        }

        // The allocation-free way: fields stay slices of the line (see ParsedLine).
        switch (format.Parse(line, out var parsed))
        {
            case LineKind.Accepted:
                _counts.CountAccepted();
                if (Accept(parsed, origin))
                {
                    _counts.CountFuture();
                }

                break;
            case LineKind.Rejected:
                _counts.CountRejected(LogLineParser.Decode(line));
                break;
            case LineKind.Ignored:
                _counts.CountIgnored();
                break;
        }
    }

    public void OnOverlongLine(ReadOnlySpan<byte> head) =>
        _counts.CountRejected(LogLineParser.Decode(head) + "…");

    /// <summary>A message that carries no line (not syslog): counted as a rejected line.</summary>
    public void OnRejected(ReadOnlySpan<byte> message) => _counts.CountRejected(LogLineParser.Decode(message));

    /// <summary>The line to the clock; a file given a vhost (<c>--log api=PATH</c>) lends it to lines whose format gives none.</summary>
    private bool Accept(in ParsedLine line, LogOrigin? origin) =>
        origin is { Vhost: not null } && line.Vhost.IsEmpty
            ? _clock.Accept(new ParsedLine(line.Timestamp, line.Host, line.Section, line.Path, line.Status, line.Bytes, origin.VhostBytes, line.DurationMicros), origin)
            : _clock.Accept(line, origin);

    /// <summary>The format auto chooses from <paramref name="line"/> (SEMANTICS): null for a blank line, which chooses nothing.</summary>
    internal static ILogFormat? Detect(ReadOnlySpan<byte> line)
    {
        var text = line.EndsWith((byte)'\r') ? line[..^1] : line;
        return text.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0 ? null : LogFormats.Detect(text);
    }

    /// <summary>auto: the format the first non-blank line says, kept for the run; null for a blank line.</summary>
    private ILogFormat? Choose(ReadOnlySpan<byte> line)
    {
        _format = Detect(line);
        if (_format is not null)
        {
            _counts.SetFormat(_format.Name, detected: true);
        }

        return _format;
    }
}
