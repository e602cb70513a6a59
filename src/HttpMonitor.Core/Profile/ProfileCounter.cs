using System.Text;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Profile;

/// <summary>What a batch of entries adds to the traffic profile: hours, weekday x hour and clients.</summary>
/// <param name="WeekdayHours">[day * 24 + hour], Sunday first.</param>
public sealed record ProfileCounts(long[] Hours, long[] ErrorsByHour, long[] WeekdayHours, ClientCounts Clients);

/// <summary>
/// Sums entries into <see cref="ProfileCounts"/> beside <see cref="Pipeline.EntryCounter"/>, so the
/// profile too is folded once per second. Distinct clients per batch are bounded: past the capacity
/// the rest count as one <see cref="Other"/> client.
/// </summary>
internal sealed class ProfileCounter
{
    public const string Other = "(other)";
    private const int ClientCapacity = 10_000;
    private static readonly byte[] OtherUtf8 = Encoding.UTF8.GetBytes(Other);

    // Keyed by the client's bytes: a line adds to its client without a string, and no string is
    // made after either (see ClientCounts).
    private readonly Utf8Table<(long Hits, long Errors)> _clients = new();
    private long[] _hours = new long[24];
    private long[] _errorsByHour = new long[24];
    private long[] _weekdayHours = new long[7 * 24];
    private long _lastTicks = -1;
    private int _hour, _weekdayHour;

    public void Add(DateTimeOffset timestamp, ReadOnlySpan<byte> client, bool error)
    {
        if (timestamp.Ticks != _lastTicks)
        {
            // The hour as the log wrote it, in the server's own offset: from the local ticks, once
            // per timestamp (lines mostly repeat the last one). Day 0 (0001-01-01) was a Monday.
            long localHours = timestamp.Ticks / TimeSpan.TicksPerHour;
            _lastTicks = timestamp.Ticks;
            _hour = (int)(localHours % 24);
            _weekdayHour = ((int)((localHours / 24 + 1) % 7) * 24) + _hour;
        }

        int hour = _hour;
        long e = error ? 1 : 0;
        _hours[hour]++;
        _errorsByHour[hour] += e;
        _weekdayHours[_weekdayHour]++;
        if (_clients.Count >= ClientCapacity && !_clients.Contains(client))
        {
            client = OtherUtf8;
        }

        ref var tally = ref _clients.GetOrAdd(client);
        tally = (tally.Hits + 1, tally.Errors + e);
    }

    public void Add(DateTimeOffset timestamp, string client, bool error) =>
        Add(timestamp, Encoding.UTF8.GetBytes(client), error);

    public ProfileCounts Take()
    {
        var counts = new ProfileCounts(_hours, _errorsByHour, _weekdayHours, ClientCounts.From(_clients));
        _hours = new long[24];
        _errorsByHour = new long[24];
        _weekdayHours = new long[7 * 24];
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
