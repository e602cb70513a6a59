using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Geo;

namespace HttpMonitor.Core.Profile;

/// <summary>
/// Folds entries into the since-start profile and the current window's top clients, in memory
/// bounded whatever the log holds: fixed arrays for hours, a Space-Saving sketch for clients,
/// and countries (a few hundred codes at most).
/// </summary>
public sealed class ProfileAccumulator(GeoDatabase? geo, int clientCapacity = ProfileAccumulator.DefaultClientCapacity)
{
    public const int DefaultClientCapacity = 1000;
    public const int TopClients = 10;

    private readonly long[] _hours = new long[24];
    private readonly long[] _errorsByHour = new long[24];
    private readonly long[][] _weekdayHours = Enumerable.Range(0, 7).Select(_ => new long[24]).ToArray();
    private readonly Dictionary<string, (long Hits, long Errors)> _countries = new(StringComparer.Ordinal);
    private readonly SpaceSaving _clients = new(clientCapacity);
    private readonly WindowClients _windowClients = new(clientCapacity);

    /// <summary>Folds in what a batch of entries (one second's, at most) adds.</summary>
    public void Add(ProfileCounts counts)
    {
        foreach (var h in counts.Hours)
        {
            _hours[h.Hour] += h.Hits;
            _errorsByHour[h.Hour] += h.Errors;
            _weekdayHours[h.Weekday][h.Hour] += h.Hits;
        }

        var clients = counts.Clients;
        clients.AddTo(_clients);
        _windowClients.Add(clients);
        for (int i = 0; geo is not null && i < clients.Count; i++)
        {
            // One look-up per client per second, not per line.
            ref readonly var client = ref clients.TallyAt(i);
            string country = geo.Locate(clients.KeyAt(i)).Country;
            var (hits, errors) = _countries.GetValueOrDefault(country);
            _countries[country] = (hits + client.Hits, errors + client.Errors);
        }
    }

    /// <summary>The top clients since the last call, for the window that just closed (computed when read).</summary>
    public IReadOnlyList<ClientStats> TakeWindowClients() => _windowClients.Take(TopClients);

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
        WindowClients.Top(_clients, TopClients));
}
