using System.Runtime.CompilerServices;
using System.Text;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// The <see cref="Capacity"/> slowest timed hits of the open second, kept as bytes in slots
/// reused second after second: a hit no slower than the fastest kept costs one comparison.
/// </summary>
/// <remarks>
/// What is kept is exactly the first <see cref="Capacity"/> hits by duration, slowest first, and
/// on a tie the first seen (a later hit must be strictly slower to get in, and the one it puts out
/// is the latest seen of the fastest). So the slowest of two parts of a second, merged, are the
/// slowest of the whole second (<see cref="SecondJoin"/>), as parallel parsing needs.
/// </remarks>
internal sealed class SlowestInSecond
{
    public const int Capacity = 10;

    private readonly long[] _durations = new long[Capacity];
    private readonly int[] _statuses = new int[Capacity];
    private readonly DateTimeOffset[] _times = new DateTimeOffset[Capacity];
    private readonly Utf8Copy[] _sections = new Utf8Copy[Capacity];
    private readonly Utf8Copy[] _paths = new Utf8Copy[Capacity];
    private readonly long[] _seen = new long[Capacity];
    private long _timed;   // timed hits added this second: the order they were seen in
    private int _count;
    private int _fastest; // the slot put out first once all are taken: the fastest, latest seen

    [MethodImpl(HotPath.PerLine)]
    public void Add(long durationMicros, int status, DateTimeOffset at, ReadOnlySpan<byte> section, ReadOnlySpan<byte> path)
    {
        long seen = _timed++;
        int slot;
        if (_count < Capacity)
        {
            slot = _count++;
        }
        else if (durationMicros > _durations[_fastest]) // strictly: on a tie the first seen stays
        {
            slot = _fastest;
        }
        else
        {
            return;
        }

        _durations[slot] = durationMicros;
        _statuses[slot] = status;
        _times[slot] = at;
        _sections[slot].Set(section);
        _paths[slot].Set(path);
        _seen[slot] = seen;
        if (_count == Capacity)
        {
            _fastest = FastestSlot();
        }
    }

    /// <summary>The second's slowest hits, slowest first, and an empty collector for the next second.</summary>
    public SlowRequest[] Take(StringPool strings)
    {
        var slowest = new SlowRequest[_count];
        for (int i = 0; i < _count; i++)
        {
            string section = _sections[i].Span.IsEmpty ? Target.None : strings.Get(_sections[i].Span);
            // The path is made anew, as the heaviest is (SectionBuilder.ToStats): pooled it mostly missed.
            slowest[i] = new SlowRequest(_times[i], section, Encoding.UTF8.GetString(_paths[i].Span), _statuses[i], _durations[i]) { Seen = _seen[i] };
        }

        Array.Sort(slowest, SlowRequest.CompareBySlowness);
        _count = 0;
        _fastest = 0;
        _timed = 0;
        return slowest;
    }

    private int FastestSlot()
    {
        int fastest = 0;
        for (int i = 1; i < Capacity; i++)
        {
            bool faster = _durations[i] < _durations[fastest];
            bool laterTie = _durations[i] == _durations[fastest] && _seen[i] > _seen[fastest];
            fastest = faster || laterTie ? i : fastest;
        }

        return fastest;
    }
}
