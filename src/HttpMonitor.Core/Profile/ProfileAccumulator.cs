using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Parsing;

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
    private readonly SpaceSaving<string> _clients = new(clientCapacity);
    private readonly SpaceSaving<string> _windowClients = new(clientCapacity);

    public void Add(LogEntry e)
    {
        int hour = e.Timestamp.Hour; // the hour as the log wrote it
        long error = e.IsError ? 1 : 0;
        _hours[hour]++;
        _errorsByHour[hour] += error;
        _weekdayHours[(int)e.Timestamp.DayOfWeek][hour]++;
        _clients.Add(e.Host, 1, error);
        _windowClients.Add(e.Host, 1, error);
        if (geo is not null)
        {
            string country = geo.Locate(e.Host).Country;
            var (hits, errors) = _countries.GetValueOrDefault(country);
            _countries[country] = (hits + 1, errors + error);
        }
    }

    /// <summary>The top clients since the last call, for the window that just closed.</summary>
    public IReadOnlyList<ClientStats> TakeWindowClients()
    {
        var top = Top(_windowClients);
        _windowClients.Clear();
        return top;
    }

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
        Top(_clients));

    private static IReadOnlyList<ClientStats> Top(SpaceSaving<string> clients) =>
        clients.Top(TopClients, StringComparer.Ordinal)
            .Select(c => new ClientStats(c.Key, c.Count, c.Errors, c.Overestimate == 0))
            .ToList();
}
