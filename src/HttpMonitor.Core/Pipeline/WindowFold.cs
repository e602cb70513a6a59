using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Statistics windows folded from closed seconds: windows of <c>interval</c> seconds tile time
/// from the first second, each reported when its last second closes, also when empty.
/// </summary>
/// <remarks>
/// Counting seconds is counting time, because the clock reports every second exactly once. The
/// interval is fixed when a window opens, so a change applies from the next window and no count
/// is lost.
/// </remarks>
internal sealed class WindowFold
{
    /// <summary>Top clients kept per window.</summary>
    public const int TopClients = 10;

    private const int ClientCapacity = 1000;

    private readonly SectionTable _sections = new();
    private readonly VhostTable _vhosts = new();
    private readonly SourceTable _sources = new();
    private readonly WindowClients _clients = new(ClientCapacity);
    private DateTimeOffset _start;
    private int _interval;
    private int _length;
    private Tally _tally;
    private LatencySketch? _latency;

    /// <summary>Whether a window has begun and not closed yet.</summary>
    public bool IsOpen => _length > 0;

    /// <summary>Adds the next second; returns the window it closes, if it closes one.</summary>
    public WindowStats? Add(ClosedSecond second, int interval)
    {
        if (_length == 0)
        {
            _start = second.Start;
            _interval = interval;
        }

        _length++;
        _tally += second.Tally;
        if (second.Latency is { } latency)
        {
            (_latency ??= new LatencySketch()).Merge(latency);
        }
        foreach (var section in second.Sections)
        {
            _sections.Add(section);
        }

        foreach (var vhost in second.Vhosts)
        {
            _vhosts.Add(vhost);
        }

        foreach (var source in second.Sources)
        {
            _sources.Add(source);
        }

        _clients.Add(second.Clients);
        return _length >= _interval ? Close(partial: false) : null;
    }

    /// <summary>End of input: the unfinished window, reported as partial, if it has a second.</summary>
    public WindowStats? End() => _length > 0 ? Close(partial: true) : null;

    private WindowStats Close(bool partial)
    {
        var window = new WindowStats(_start, _start.AddSeconds(_length), partial, _tally, _sections.TakeRanked(), _clients.Take(TopClients))
        {
            Vhosts = _vhosts.TakeRanked(),
            Sources = _sources.TakeRanked(),
            Latency = _latency?.Freeze(),
        };
        _length = 0;
        _tally = default;
        _latency = null;
        return window;
    }
}
