using System.Runtime.CompilerServices;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// The open second's clients and weekday-hours, for the traffic profile. Distinct clients per
/// second are bounded: past the capacity the rest count as one <see cref="Other"/> client.
/// </summary>
/// <param name="capacity">Distinct clients kept per second.</param>
internal sealed class ClientsAndHours(int capacity = ClientsAndHours.ClientCapacity)
{
    public const string Other = "(other)";
    public const int ClientCapacity = 10_000;

    // Keyed by the client's bytes: a line adds to its client without a string, and no string is
    // made after either (see ClientCounts).
    private readonly Utf8Table<(long Hits, long Errors)> _clients = new(capacity, Other);

    // Per weekday-hour, kept from second to second; only the hours touched are handed out and reset.
    private readonly long[] _hits = new long[7 * 24];
    private readonly long[] _errors = new long[7 * 24];
    private readonly List<int> _touched = [];
    private long _lastTicks = -1;
    private int _weekdayHour;

    [MethodImpl(HotPath.PerLine)]
    public void Add(DateTimeOffset timestamp, ReadOnlySpan<byte> client, int status)
    {
        if (timestamp.Ticks != _lastTicks)
        {
            // The hour as the log wrote it, in the server's own offset: from the local ticks, once
            // per timestamp (lines mostly repeat the last one). Day 0 (0001-01-01) was a Monday.
            long localHours = timestamp.Ticks / TimeSpan.TicksPerHour;
            _lastTicks = timestamp.Ticks;
            _weekdayHour = ((int)((localHours / 24 + 1) % 7) * 24) + (int)(localHours % 24);
        }

        long error = StatusClass.IsError(status) ? 1 : 0;
        if (_hits[_weekdayHour]++ == 0)
        {
            _touched.Add(_weekdayHour);
        }

        _errors[_weekdayHour] += error;
        if (!client.IsEmpty) // a format may give no client: such a hit counts, but not as anyone's
        {
            ref var tally = ref _clients.GetOrAdd(client);
            tally = (tally.Hits + 1, tally.Errors + error);
        }
    }

    /// <summary>What was added since the last take; starts again from nothing.</summary>
    /// <param name="rented">The clients in pooled arrays, for a part of a second that is joined and given back (<see cref="ClientCounts.Rented"/>).</param>
    public (HourCount[] Hours, ClientCounts Clients) Take(bool rented = false)
    {
        var hours = new HourCount[_touched.Count];
        for (int i = 0; i < hours.Length; i++)
        {
            int at = _touched[i];
            hours[i] = new HourCount(at, _hits[at], _errors[at]);
            _hits[at] = _errors[at] = 0;
        }

        _touched.Clear();
        var clients = rented ? ClientCounts.Rented(_clients) : ClientCounts.From(_clients);
        _clients.Clear();
        return (hours, clients);
    }
}
