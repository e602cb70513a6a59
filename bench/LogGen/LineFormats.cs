using System.Globalization;
using System.Text;

namespace LogGen;

/// <summary>
/// The formats the generator writes (<c>--format</c>): Combined as always, and the same requests as
/// nginx and Apache format strings, nginx escape=json lines, W3C (IIS) and AWS ALB. The
/// <c>--format</c> value to read each back is in <see cref="ReadAs"/>.
/// </summary>
public static class LineFormats
{
    public const string Combined = "combined";

    /// <summary>Each format's name, and what <c>httpmonitor --format</c> reads it as.</summary>
    public static IReadOnlyDictionary<string, string> ReadAs { get; } = new Dictionary<string, string>
    {
        [Combined] = "combined",
        ["nginx"] = "nginx:log_format timed '$host $remote_addr - $remote_user [$time_local] \"$request\" ' '$status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_time';",
        ["apache"] = "apache:LogFormat \"%v %h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\" %D\" timed",
        ["json"] = "json",
        ["w3c"] = "w3c",
        ["alb"] = "alb",
    };

    /// <summary>What the log starts with (W3C's directives).</summary>
    public static string Header(string format) => format == "w3c"
        ? "#Software: LogGen\n#Version: 1.0\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port c-ip cs(User-Agent) cs(Referer) sc-status sc-bytes time-taken cs-host\n"
        : "";

    public static Action<StringBuilder, GeneratedRequest> Writer(string format) => format switch
    {
        Combined => (line, r) => line.Append(CultureInfo.InvariantCulture,
            $"{r.Client} - {r.User} [{Clf(r.Time)}] \"{r.RequestLine}\" {r.Status} {Dash(r.Bytes)} \"{r.Referer}\" \"{r.Agent}\""),
        "nginx" => (line, r) => line.Append(CultureInfo.InvariantCulture,
            $"{r.Vhost} {r.Client} - {r.User} [{Clf(r.Time)}] \"{r.RequestLine}\" {r.Status} {r.Bytes ?? 0} \"{r.Referer}\" \"{r.Agent}\" {Seconds(r.DurationMs)}"),
        "apache" => (line, r) => line.Append(CultureInfo.InvariantCulture,
            $"{r.Vhost} {r.Client} - {r.User} [{Clf(r.Time)}] \"{r.RequestLine}\" {r.Status} {Dash(r.Bytes)} \"{r.Referer}\" \"{r.Agent}\" {r.DurationMs * 1000}"),
        "json" => Json,
        "w3c" => W3c,
        "alb" => Alb,
        _ => throw new ArgumentException($"unknown format {format}: use {string.Join(", ", ReadAs.Keys)}", nameof(format)),
    };

    /// <summary>nginx's escape=json template (docs/formats.md), about 300 bytes a line.</summary>
    private static void Json(StringBuilder line, GeneratedRequest r) => line.Append(CultureInfo.InvariantCulture,
        $$"""{"time_local":"{{Clf(r.Time)}}","remote_addr":"{{r.Client}}","remote_user":"{{JsonText(r.User == "-" ? "" : r.User)}}","request":"{{JsonText(r.RequestLine)}}","status":"{{r.Status}}","body_bytes_sent":"{{r.Bytes ?? 0}}","request_time":"{{Seconds(r.DurationMs)}}","http_referrer":"{{JsonText(r.Referer)}}","http_user_agent":"{{JsonText(r.Agent)}}","upstream_response_time":"","host":"{{r.Vhost}}"}""");

    private static void W3c(StringBuilder line, GeneratedRequest r)
    {
        string target = r.Target ?? "-";
        int query = target.IndexOf('?', StringComparison.Ordinal);
        line.Append(CultureInfo.InvariantCulture,
            $"{r.Time.UtcDateTime:yyyy-MM-dd HH:mm:ss} 10.0.0.5 {r.Method ?? "-"} {(query < 0 ? target : target[..query])} {(query < 0 ? "-" : target[(query + 1)..])} 443 {r.Client} {Plus(r.Agent)} {Plus(r.Referer)} {r.Status} {r.Bytes ?? 0} {r.DurationMs} {r.Vhost}");
    }

    private static void Alb(StringBuilder line, GeneratedRequest r)
    {
        string client = r.Client.Contains(':', StringComparison.Ordinal) ? $"[{r.Client}]" : r.Client;
        string request = r.Method is null ? "- - -" : $"{r.Method} https://{r.Vhost}:443{(r.Target!.StartsWith('/') ? r.Target : "/")} HTTP/1.1";
        line.Append(CultureInfo.InvariantCulture,
            $"https {r.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'} app/my-loadbalancer/50dc6c495c0c9188 {client}:2817 10.0.0.1:80 0.000 {Seconds(r.DurationMs)} 0.000 {r.Status} {r.Status} 230 {r.Bytes ?? 0} \"{request}\" \"{r.Agent.Replace("\\\"", "'", StringComparison.Ordinal)}\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 \"Root=1-58337281-1d84f3d73c47ec4e58577259\" \"{r.Vhost}\" \"-\" 1 {r.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'} \"forward\" \"-\" \"-\" \"10.0.0.1:80\" \"{r.Status}\" \"-\" \"-\" TID_1234abcd5678ef90");
    }

    private static string Clf(DateTimeOffset time) =>
        time.ToString("dd/MMM/yyyy:HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(24, 1);

    private static string Dash(long? bytes) => bytes?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Seconds(int ms) => (ms / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Plus(string text) => text.Replace(' ', '+');

    /// <summary>A string as JSON writes it inside quotes: the quote, the backslash and control characters escaped.</summary>
    private static string JsonText(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            _ = c switch
            {
                '"' => escaped.Append("\\\""),
                '\\' => escaped.Append("\\\\"),
                < ' ' => escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
