using System.Net;
using System.Net.Sockets;
using System.Text;
using HttpMonitor.Core.Platform;
using HttpMonitor.Core.Sources;
using MaxMind.Db;

namespace HttpMonitor.Core.Geo;

/// <summary>
/// Country (and city) of client addresses from a MaxMind DB file (GeoLite2/GeoIP2 Country or
/// City), read with MaxMind's reader. Look-ups are cached, bounded, so geography costs little.
/// </summary>
public sealed class GeoDatabase : IDisposable
{
    private const int CacheCapacity = 65_536;

    private readonly Reader _reader;
    private readonly Dictionary<string, Location> _cache = new(StringComparer.Ordinal);

    private GeoDatabase(Reader reader) => _reader = reader;

    /// <summary>Opens and checks the database.</summary>
    /// <exception cref="GeoDatabaseException">Missing, unreadable, damaged or not a MaxMind DB file: the message says which, in one line; nothing else is thrown.</exception>
    public static GeoDatabase Open(string path)
    {
        // A FIFO would block the open and a device never end: only a regular file is read.
        if (FileStats.Of(path, out _) is { Kind: not FileKind.Regular } stat)
        {
            throw Unusable(path, $"it is a {stat.Kind.ToString().ToLowerInvariant()}, not a file");
        }

        Reader reader;
        try
        {
            reader = new Reader(path, FileAccessMode.Memory);
        }
        catch (Exception e)
        {
            // The reader decodes bytes nobody checked: a damaged file fails in any way it likes
            // (DeserializationException, NullReferenceException, …). Each means the same: unusable.
            throw Unusable(path, e.Message);
        }

        // Damaged metadata can decode without its fields.
        string? type = reader.Metadata?.DatabaseType;
        if (type is null)
        {
            reader.Dispose();
            throw Unusable(path, "its metadata names no database type (damaged)");
        }

        if (!type.Contains("Country", StringComparison.OrdinalIgnoreCase) && !type.Contains("City", StringComparison.OrdinalIgnoreCase))
        {
            reader.Dispose();
            throw new GeoDatabaseException($"{path}: a {OneLine(type)} database holds no countries; use GeoLite2-Country or GeoLite2-City");
        }

        return new GeoDatabase(reader);
    }

    public string DatabaseType => _reader.Metadata.DatabaseType;

    /// <summary>The location of a client field as the log wrote it: an address or a host name.</summary>
    public Location Locate(string client)
    {
        if (_cache.TryGetValue(client, out var cached))
        {
            return cached;
        }

        if (_cache.Count >= CacheCapacity)
        {
            _cache.Clear(); // bounded: a flood of distinct clients only costs fresh look-ups
        }

        var location = Classify(client);
        _cache[client] = location;
        return location;
    }

    /// <summary>As <see cref="Locate(string)"/>, for a client field as UTF-8: a cached client costs no string.</summary>
    public Location Locate(ReadOnlySpan<byte> client)
    {
        Span<char> chars = client.Length <= 256 ? stackalloc char[client.Length] : new char[client.Length];
        chars = chars[..Encoding.UTF8.GetChars(client, chars)];
        return _cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var cached)
            ? cached
            : Locate(new string(chars));
    }

    private Location Classify(string client)
    {
        if (!IPAddress.TryParse(client, out var address))
        {
            return new Location(Location.Unresolved);
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IsPrivate(address))
        {
            return new Location(Location.Private);
        }

        try
        {
            var record = _reader.Find<GeoRecord>(address);
            string? country = record?.Country?.IsoCode ?? record?.RegisteredCountry?.IsoCode;
            return country is null ? new Location(Location.Unknown) : new Location(country, record!.City?.Names?.GetValueOrDefault("en"));
        }
        catch (Exception)
        {
            // A damaged record, whatever the reader made of it: that client only. Geography
            // is a best effort; it never stops the monitor.
            return new Location(Location.Unknown);
        }
    }

    public static bool IsPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            byte first = address.GetAddressBytes()[0];
            return (first & 0xFE) == 0xFC; // fc00::/7, unique local
        }

        byte[] b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127); // carrier-grade NAT
    }

    public void Dispose() => _reader.Dispose();

    private static GeoDatabaseException Unusable(string path, string problem) =>
        new($"{path}: cannot be used as a GeoIP database: {OneLine(problem)}");

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

/// <summary>A GeoIP database that cannot be used; the message says why, in one line.</summary>
public sealed class GeoDatabaseException(string message) : Exception(message);

/// <summary>
/// The fields read from a record, and no more: decoding the whole record (names in eight
/// languages) costs far more than the look-up itself.
/// </summary>
internal sealed class GeoRecord
{
    [Constructor]
    public GeoRecord(
        [MapKey("country")] GeoCountry? country,
        [MapKey("registered_country")] GeoCountry? registeredCountry,
        [MapKey("city")] GeoCity? city)
    {
        Country = country;
        RegisteredCountry = registeredCountry;
        City = city;
    }

    public GeoCountry? Country { get; }

    public GeoCountry? RegisteredCountry { get; }

    public GeoCity? City { get; }
}

internal sealed class GeoCountry
{
    [Constructor]
    public GeoCountry([MapKey("iso_code")] string? isoCode) => IsoCode = isoCode;

    public string? IsoCode { get; }
}

internal sealed class GeoCity
{
    [Constructor]
    public GeoCity([MapKey("names")] Dictionary<string, string>? names) => Names = names;

    public Dictionary<string, string>? Names { get; }
}
