using System.Globalization;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// A request written as each log format writes it: the same requests in every format must give the
/// same fields, statistics and alerts (SEMANTICS "Log formats"). Each entry: the <c>--format</c>
/// value, whether it gives vhosts and durations, the lines' header (W3C's), and the writer.
/// </summary>
public static class RequestLines
{
    public sealed record Writer(string Format, bool HasVhost, bool HasDuration, string Header, Func<Request, string> Write);

    public static IReadOnlyList<Writer> All { get; } =
    [
        new("combined", false, false, "", r => $"{r.Client} - - [{r.Clf}] \"{r.Method} {r.Target} HTTP/1.1\" {r.Status} {r.Bytes} \"-\" \"Mozilla/5.0 (X11)\""),
        new("common", false, false, "", r => $"{r.Client} - frank [{r.Clf}] \"{r.Method} {r.Target} HTTP/1.0\" {r.Status} {Dash(r.Bytes)}"),
        new("vhost_combined", true, false, "", r => $"{r.Vhost}:443 {r.Client} - - [{r.Clf}] \"{r.Method} {r.Target} HTTP/1.1\" {r.Status} {r.Bytes} \"-\" \"curl/8.5.0\""),
        new("nginx:log_format main '$remote_addr - $remote_user [$time_local] \"$request\" ' '$status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_time $host';",
            true, true, "", r => $"{r.Client} - - [{r.Clf}] \"{r.Method} {r.Target} HTTP/1.1\" {r.Status} {r.Bytes} \"-\" \"curl/8.5.0 \\x22q\\x22\" {Request.Seconds(r.DurationMs)} {r.Vhost}"),
        new("nginx:$host\t$remote_addr\t$time_iso8601\t$uri$is_args$args\t$status\t$bytes_sent\t$request_time", true, true, "",
            r => $"{r.Vhost}\t{r.Client}\t{r.Iso}\t{r.Target}\t{r.Status}\t{r.Bytes}\t{Request.Seconds(r.DurationMs)}"),
        new("apache:%v %h %l %u %t \\\"%r\\\" %>s %O %D \\\"%{User-Agent}i\\\"", true, true, "",
            r => $"{r.Vhost} {r.Client} - - [{r.Clf}] \"{r.Method} {r.Target} HTTP/1.1\" {r.Status} {r.Bytes} {r.DurationMicros} \"a \\\"b\\\"\""),
        new("apache:%h %t %U%q %>s %b %{ms}T", false, true, "",
            r => $"{r.Client} [{r.Clf}] {r.Path}{(r.Query.Length > 0 ? "?" + r.Query : "")} {r.Status} {Dash(r.Bytes)} {r.DurationMs}"),
        new("json", true, true, "",
            r => $$"""{"time_local":"{{r.Clf}}","remote_addr":"{{r.Client}}","remote_user":"","request":"{{r.Method}} {{r.Target.Replace("/", "\\/", StringComparison.Ordinal)}} HTTP/1.1","status":"{{r.Status}}","body_bytes_sent":"{{r.Bytes}}","request_time":"{{Request.Seconds(r.DurationMs)}}","upstream_response_time":"","host":"{{r.Vhost}}"}"""),
        new("json", true, true, "",
            r => $$"""{"level":"info","ts":{{r.Epoch}}.{{r.DurationMs:000}}1,"request":{"remote_ip":"10.9.9.9","headers":{"Accept":["*/*"]},"client_ip":"{{r.Client}}","method":"{{r.Method}}","host":"{{r.Vhost}}","uri":"{{r.Target}}"},"duration":{{Request.Seconds(r.DurationMs)}},"size":{{r.Bytes}},"status":{{r.Status}}}"""),
        new("json", true, true, "",
            r => $$"""{"ClientHost":"{{r.Client}}","DownstreamContentSize":{{r.Bytes}},"DownstreamStatus":{{r.Status}},"Duration":{{r.DurationMicros * 1000 + 999}},"RequestHost":"{{r.Vhost}}","RequestPath":"{{r.Target}}","StartUTC":"{{r.UtcIso}}"}"""),
        new("w3c", true, true, "#Software: test\n#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status sc-bytes time-taken cs-host\n",
            r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Time.UtcDateTime:yyyy-MM-dd HH:mm:ss} {r.Client} {r.Method} {r.Path} {(r.Query.Length > 0 ? r.Query : "-")} {r.Status} {r.Bytes} {r.DurationMs} {r.Vhost}")),
        new("alb", true, true, "",
            r => $"https {r.UtcIso} app/lb/50dc6c495c0c9188 {r.Client}:2817 10.0.0.1:80 0.000 {Request.Seconds(r.DurationMs / 2)} {Request.Seconds(r.DurationMs - (r.DurationMs / 2))} {r.Status} {r.Status} 34 {r.Bytes} \"{r.Method} https://{r.Vhost}:443{r.Target} HTTP/1.1\" \"curl/7.46.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:x \"Root=1-5\" \"{r.Vhost}\" \"-\" 1 {r.UtcIso} \"forward\" \"-\" \"-\" \"10.0.0.1:80\" \"200\" \"-\" \"-\""),
    ];

    /// <summary>A log of <paramref name="requests"/> in <paramref name="writer"/>'s format, with its header.</summary>
    public static string Log(Writer writer, IEnumerable<Request> requests) =>
        writer.Header + string.Concat(requests.Select(r => writer.Write(r) + "\n"));

    private static string Dash(long bytes) => bytes == 0 ? "-" : bytes.ToString(CultureInfo.InvariantCulture);
}
