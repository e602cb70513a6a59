using System.Runtime.InteropServices;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Profile;

/// <summary>What a batch of entries adds to the traffic profile: hours, weekday x hour and clients.</summary>
/// <param name="WeekdayHours">[day * 24 + hour], Sunday first.</param>
public sealed record ProfileCounts(long[] Hours, long[] ErrorsByHour, long[] WeekdayHours, IReadOnlyList<ClientStats> Clients);

/// <summary>
/// Sums entries into <see cref="ProfileCounts"/> beside <see cref="Pipeline.EntryCounter"/>, so the
/// profile too is folded once per second. Distinct clients per batch are bounded: past the capacity
/// the rest count as one <see cref="Other"/> client.
/// </summary>
internal sealed class ProfileCounter
{
    public const string Other = "(other)";
    private const int ClientCapacity = 10_000;

    private readonly Dictionary<string, (long Hits, long Errors)> _clients = new(StringComparer.Ordinal);
    private long[] _hours = new long[24];
    private long[] _errorsByHour = new long[24];
    private long[] _weekdayHours = new long[7 * 24];

    public void Add(DateTimeOffset timestamp, string client, bool error)
    {
        int hour = timestamp.Hour; // the hour as the log wrote it, in the server's own offset
        long e = error ? 1 : 0;
        _hours[hour]++;
        _errorsByHour[hour] += e;
        _weekdayHours[((int)timestamp.DayOfWeek * 24) + hour]++;
        if (_clients.Count >= ClientCapacity && !_clients.ContainsKey(client))
        {
            client = Other;
        }

        // One hash look-up per line: this runs for every accepted line.
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(_clients, client, out _);
        tally = (tally.Hits + 1, tally.Errors + e);
    }

    public ProfileCounts Take()
    {
        var counts = new ProfileCounts(_hours, _errorsByHour, _weekdayHours,
            _clients.Select(c => new ClientStats(c.Key, c.Value.Hits, c.Value.Errors)).ToList());
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
