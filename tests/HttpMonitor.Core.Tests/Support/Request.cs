using System.Globalization;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>One request as a server saw it, to be written in every log format (<see cref="RequestLines"/>).</summary>
/// <param name="Time">When, with the offset a CLF or ISO log writes it in.</param>
/// <param name="Target">A path, maybe with a query.</param>
/// <param name="DurationMs">How long it took, in whole milliseconds (what every format can write exactly).</param>
public sealed record Request(DateTimeOffset Time, string Client, string Method, string Target, int Status, long Bytes, string Vhost, int DurationMs)
{
    public string Path => Target.Split('?')[0];

    public string Query => Target.Contains('?', StringComparison.Ordinal) ? Target[(Target.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";

    public string Clf => Time.ToString("dd/MMM/yyyy:HH:mm:ss ", CultureInfo.InvariantCulture) + (Time.Offset < TimeSpan.Zero ? "-" : "+") + Time.Offset.ToString("hhmm", CultureInfo.InvariantCulture);

    public string Iso => Time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (Time.Offset == TimeSpan.Zero ? "Z" : Time.ToString("zzz", CultureInfo.InvariantCulture));

    public string UtcIso => Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public long Epoch => Time.ToUnixTimeSeconds();

    public static string Seconds(int ms) => (ms / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    public long DurationMicros => DurationMs * 1000L;
}
