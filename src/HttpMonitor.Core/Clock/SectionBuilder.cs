using System.Runtime.CompilerServices;
using System.Text;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// One section's counts in the open second, keyed by its bytes in <see cref="OpenSecond"/>: the
/// heaviest path stays bytes (a copy reused second after second) until the second closes; its
/// response times go into a sketch of its own, made at its first timed hit (none for untimed logs).
/// </summary>
internal struct SectionBuilder
{
    private Tally _tally;
    private long _heaviestBytes;
    private bool _hasHeaviest;
    private Utf8Copy _heaviestPath;
    private LatencySketch? _latency;

    /// <param name="durationMicros">The hit's duration; negative when it is not timed.</param>
    [MethodImpl(HotPath.PerLine)]
    public void Add(int status, long bytes, ReadOnlySpan<byte> path, long durationMicros)
    {
        _tally = _tally.Add(status, bytes);
        if (durationMicros >= 0)
        {
            (_latency ??= new LatencySketch()).Add(durationMicros);
        }

        // Strictly larger replaces: on a tie the first seen stays.
        if (!_hasHeaviest || bytes > _heaviestBytes)
        {
            _heaviestPath.Set(path);
            _heaviestBytes = bytes;
            _hasHeaviest = true;
        }
    }

    /// <remarks>
    /// The section's name comes pooled across seconds; the heaviest path is made anew: on bench's
    /// generated logs two paths in five are distinct (nine in ten on the high-cardinality one), so
    /// a pool missed on it, at the cost of two cache misses, and evicted the sections' names.
    /// </remarks>
    public readonly SectionStats ToStats(string section) =>
        new(section, _tally, Encoding.UTF8.GetString(_heaviestPath.Span), _heaviestBytes) { Latency = _latency?.Freeze() };
}
