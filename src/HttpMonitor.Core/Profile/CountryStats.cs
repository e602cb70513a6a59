namespace HttpMonitor.Core.Profile;

/// <summary>Hits and errors of one country (an ISO code, or private, unresolved, unknown).</summary>
public sealed record CountryStats(string Country, long Hits, long Errors);
