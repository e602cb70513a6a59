using System.Runtime.CompilerServices;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>One virtual host's counts in the open second, and its response times once it has a timed hit.</summary>
internal struct VhostBuilder
{
    private Tally _tally;
    private LatencySketch? _latency;

    /// <param name="durationMicros">The hit's duration; negative when it is not timed.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int status, long bytes, long durationMicros)
    {
        _tally = _tally.Add(status, bytes);
        if (durationMicros >= 0)
        {
            (_latency ??= new LatencySketch()).Add(durationMicros);
        }
    }

    public readonly VhostStats ToStats(string vhost) => new(vhost, _tally) { Latency = _latency?.Freeze() };
}
