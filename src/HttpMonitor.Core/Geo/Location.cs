namespace HttpMonitor.Core.Geo;

/// <summary>Where a client is: an ISO country code or one of the groups below, and a city when known.</summary>
public readonly record struct Location(string Country, string? City = null)
{
    /// <summary>Private, loopback and link-local addresses.</summary>
    public const string Private = "private";

    /// <summary>A host name, as old logs write: no DNS look-up is made.</summary>
    public const string Unresolved = "unresolved";

    /// <summary>An address the database does not hold.</summary>
    public const string Unknown = "unknown";
}
