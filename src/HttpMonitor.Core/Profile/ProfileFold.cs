using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Profile;

/// <summary>
/// The since-start traffic profile folded from closed seconds, in memory bounded whatever the
/// log holds: fixed arrays for hours, a Space-Saving sketch for clients, countries (a few
/// hundred codes at most), and response times (<see cref="LatencySinceStart"/>), folded from
/// windows and reported in the final profile only.
/// </summary>
internal sealed class ProfileFold(GeoDatabase? geo, int clientCapacity = ProfileFold.DefaultClientCapacity)
{
    public const int DefaultClientCapacity = 1000;
    public const int TopClients = 10;

    private readonly long[] _hours = new long[24];
    private readonly long[] _errorsByHour = new long[24];
    private readonly long[][] _weekdayHours = Enumerable.Range(0, 7).Select(_ => new long[24]).ToArray();
    private readonly Dictionary<string, (long Hits, long Errors)> _countries = new(StringComparer.Ordinal);
    private readonly SpaceSaving _clients = new(clientCapacity);
    private readonly LatencySinceStart _latency = new();

    public void Add(ClosedSecond second)
    {
        foreach (var h in second.Hours)
        {
            _hours[h.Hour] += h.Hits;
            _errorsByHour[h.Hour] += h.Errors;
            _weekdayHours[h.Weekday][h.Hour] += h.Hits;
        }

        var clients = second.Clients;
        clients.AddTo(_clients);
        for (int i = 0; geo is not null && i < clients.Count; i++)
        {
            // One look-up per client per second, not per line; clients past the second's bound are not known.
            string country = i == clients.OverflowIndex ? Location.Unknown : geo.Locate(clients.KeyAt(i)).Country;
            var (hits, errors) = _countries.GetValueOrDefault(country);
            _countries[country] = (hits + clients.HitsAt(i), errors + clients.ErrorsAt(i));
        }
    }

    /// <summary>Adds a closed window's response times (every window, also the partial last one).</summary>
    public void Add(WindowStats window) => _latency.Add(window);

    public TrafficProfile Snapshot(DateTimeOffset at, bool final) => new(
        at,
        final,
        [.. _hours],
        [.. _errorsByHour],
        _weekdayHours.Select(day => (IReadOnlyList<long>)[.. day]).ToList(),
        geo is null ? null : _countries
            .Select(c => new CountryStats(c.Key, c.Value.Hits, c.Value.Errors))
            .OrderByDescending(c => c.Hits).ThenBy(c => c.Country, StringComparer.Ordinal)
            .ToList(),
        WindowClients.Top(_clients, TopClients))
    {
        Latency = final ? _latency.Overall() : null,
        SectionLatencies = final ? _latency.Top() : [],
    };
}
