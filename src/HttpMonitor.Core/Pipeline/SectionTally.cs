using System.Runtime.CompilerServices;
using System.Text;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// One section's counts: in the open second (<see cref="EntryCounter"/>, keyed by bytes), or in a
/// second or window of the pipeline (<see cref="SectionTable"/>, keyed by strings).
/// </summary>
internal struct SectionTally
{
    private long _hits, _errors4xx, _errors5xx, _bytes, _heaviestBytes;
    private bool _hasHeaviest;
    private string? _heaviestPath;   // the heaviest path offered as a string,
    private Utf8Copy _heaviestUtf8;  // or as UTF-8: a copy, made a string once, by ToStats

    public void Count(int status, long bytes)
    {
        _hits++;
        if (status >= 500)
        {
            _errors5xx++;
        }
        else if (status >= 400)
        {
            _errors4xx++;
        }

        _bytes += bytes;
    }

    /// <summary>Adds counts summed elsewhere (a second's, to its window).</summary>
    public void Add(SectionStats stats)
    {
        _hits += stats.Hits;
        _errors4xx += stats.Errors4xx;
        _errors5xx += stats.Errors5xx;
        _bytes += stats.Bytes;
        Offer(stats.HeaviestPath, stats.HeaviestBytes);
    }

    public void Offer(string path, long bytes)
    {
        if (Takes(bytes))
        {
            _heaviestPath = path;
            _heaviestBytes = bytes;
        }
    }

    [MethodImpl(HotPath.PerLine)]
    public void Offer(ReadOnlySpan<byte> path, long bytes)
    {
        if (Takes(bytes))
        {
            _heaviestUtf8.Set(path);
            _heaviestPath = null;
            _heaviestBytes = bytes;
        }
    }

    /// <param name="strings">Where a path offered as UTF-8 becomes a string, pooled across seconds.</param>
    public readonly SectionStats ToStats(string section, StringPool? strings = null)
    {
        string path = _heaviestPath
            ?? (_heaviestUtf8.HasValue
                ? strings?.Get(_heaviestUtf8.Span) ?? Encoding.UTF8.GetString(_heaviestUtf8.Span)
                : Target.None);
        return new(section, _hits, _errors4xx, _errors5xx, _bytes, path, _heaviestBytes);
    }

    /// <summary>Strictly larger replaces: on a tie the first seen stays.</summary>
    private bool Takes(long bytes)
    {
        bool takes = !_hasHeaviest || bytes > _heaviestBytes;
        _hasHeaviest = true;
        return takes;
    }
}
