using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Cli;

/// <summary>Opens the configured GeoIP database; a bad one is reported and the monitor runs on without it.</summary>
internal static class Geography
{
    public static GeoDatabase? Open(MonitorOptions options)
    {
        if (options.GeoipDatabase is null)
        {
            return null;
        }

        try
        {
            return GeoDatabase.Open(options.GeoipDatabase);
        }
        catch (GeoDatabaseException e)
        {
            Console.Error.WriteLine($"httpmonitor: geoip: {e.Message}; running without geography");
            return null;
        }
    }
}
