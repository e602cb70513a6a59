using System.Runtime.CompilerServices;
using System.Text;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Profile;

/// <summary>What a batch of entries adds to the traffic profile: hits per weekday and hour, and clients.</summary>
/// <param name="Hours">The weekday-hours that had hits (a second's lines mostly share one).</param>
public sealed record ProfileCounts(IReadOnlyList<HourCount> Hours, ClientCounts Clients);

/// <summary>Hits and errors of one hour of one weekday (<see cref="WeekdayHour"/> = day * 24 + hour, Sunday first).</summary>
public readonly record struct HourCount(int WeekdayHour, long Hits, long Errors)
{
    public int Hour => WeekdayHour % 24;

    public int Weekday => WeekdayHour / 24;
}

/// <summary>
/// Sums entries into <see cref="ProfileCounts"/> beside <see cref="Pipeline.EntryCounter"/>, so the
/// profile too is folded once per second. Distinct clients per batch are bounded: past the capacity
/// the rest count as one <see cref="Other"/> client.
/// </summary>
internal sealed class ProfileCounter
{
    public const string Other = "(other)";
    private const int ClientCapacity = 10_000;
    // Keyed by the client's bytes: a line adds to its client without a string, and no string is
    // made after either (see ClientCounts).
    private readonly Utf8Table<(long Hits, long Errors)> _clients = new(ClientCapacity, Other);
    // Per weekday-hour, kept from batch to batch; only the hours touched are handed out and reset.
    private readonly long[] _hits = new long[7 * 24];
    private readonly long[] _errors = new long[7 * 24];
    private readonly List<int> _touched = [];
    private long _lastTicks = -1;
    private int _weekdayHour;

    [MethodImpl(HotPath.PerLine)]
    public void Add(DateTimeOffset timestamp, ReadOnlySpan<byte> client, bool error)
    {
        if (timestamp.Ticks != _lastTicks)
        {
            // The hour as the log wrote it, in the server's own offset: from the local ticks, once
            // per timestamp (lines mostly repeat the last one). Day 0 (0001-01-01) was a Monday.
            long localHours = timestamp.Ticks / TimeSpan.TicksPerHour;
            _lastTicks = timestamp.Ticks;
            _weekdayHour = ((int)((localHours / 24 + 1) % 7) * 24) + (int)(localHours % 24);
        }

        long e = error ? 1 : 0;
        if (_hits[_weekdayHour]++ == 0)
        {
            _touched.Add(_weekdayHour);
        }

        _errors[_weekdayHour] += e;
        ref var tally = ref _clients.GetOrAdd(client);
        tally = (tally.Hits + 1, tally.Errors + e);
    }

    public void Add(DateTimeOffset timestamp, string client, bool error) =>
        Add(timestamp, Encoding.UTF8.GetBytes(client), error);

    public ProfileCounts Take()
    {
        var hours = new HourCount[_touched.Count];
        for (int i = 0; i < hours.Length; i++)
        {
            int at = _touched[i];
            hours[i] = new HourCount(at, _hits[at], _errors[at]);
            _hits[at] = _errors[at] = 0;
        }

        _touched.Clear();
        var counts = new ProfileCounts(hours, ClientCounts.From(_clients));
        _clients.Clear();
        return counts;
    }

    public static ProfileCounts Of(in LogEntry e)
    {
        var counter = new ProfileCounter();
        counter.Add(e.Timestamp, e.Host, e.IsError);
        return counter.Take();
    }
}
