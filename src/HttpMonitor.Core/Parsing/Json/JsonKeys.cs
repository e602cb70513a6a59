using System.Text;

namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// The keys of SEMANTICS' json format, in their order of preference per field: nginx
/// <c>escape=json</c> templates, Caddy (<c>request.*</c>, a nested object), Traefik. Keys are
/// matched byte for byte (case counts: <c>duration</c> is seconds, <c>Duration</c> nanoseconds).
/// </summary>
internal static class JsonKeys
{
    /// <summary>The key of a top-level object that is searched one level down (Caddy's request object).</summary>
    public static ReadOnlySpan<byte> Nested => "request"u8;

    private static readonly KeyTable TopLevel = Table(
    [
        ("time_iso8601", new(JsonField.Time, 0)), ("time_local", new(JsonField.Time, 1)), ("@timestamp", new(JsonField.Time, 2)),
        ("timestamp", new(JsonField.Time, 3)), ("time", new(JsonField.Time, 4)), ("ts", new(JsonField.Time, 5)),
        ("StartUTC", new(JsonField.Time, 6)), ("msec", new(JsonField.Time, 7)),
        ("remote_addr", new(JsonField.Client, 0)), ("client_ip", new(JsonField.Client, 1)),
        ("ClientHost", new(JsonField.Client, 4)), ("remote_ip", new(JsonField.Client, 5)),
        ("request", new(JsonField.Target, 0)), ("request_uri", new(JsonField.Target, 1)), ("RequestPath", new(JsonField.Target, 3)),
        ("uri", new(JsonField.Target, 4)), ("path", new(JsonField.Target, 5)),
        ("status", new(JsonField.Status, 0)), ("DownstreamStatus", new(JsonField.Status, 1)), ("status_code", new(JsonField.Status, 2)),
        ("body_bytes_sent", new(JsonField.Bytes, 0)), ("bytes_sent", new(JsonField.Bytes, 1)), ("size", new(JsonField.Bytes, 2)),
        ("DownstreamContentSize", new(JsonField.Bytes, 3)), ("bytes", new(JsonField.Bytes, 4)),
        ("request_time", new(JsonField.Duration, 0, 6)), ("duration", new(JsonField.Duration, 1, 6)),
        ("Duration", new(JsonField.Duration, 2, -3)), ("duration_ms", new(JsonField.Duration, 3, 3)),
        ("host", new(JsonField.Vhost, 0)), ("RequestHost", new(JsonField.Vhost, 2)), ("server_name", new(JsonField.Vhost, 3)),
        ("vhost", new(JsonField.Vhost, 4)),
    ]);

    private static readonly KeyTable InRequest = Table(
    [
        ("client_ip", new(JsonField.Client, 2)), ("remote_ip", new(JsonField.Client, 3)),
        ("uri", new(JsonField.Target, 2)), ("host", new(JsonField.Vhost, 1)),
    ]);

    /// <summary>What <paramref name="name"/> feeds, at the top level or inside the request object; <see cref="JsonKey.None"/> for any other key.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.PerLine)]
    public static JsonKey Find(ReadOnlySpan<byte> name, bool inRequest) => (inRequest ? InRequest : TopLevel).Find(name);

    private static KeyTable Table((string Name, JsonKey Key)[] keys) => new([.. keys.Select(k => (Encoding.UTF8.GetBytes(k.Name), k.Key))]);
}
