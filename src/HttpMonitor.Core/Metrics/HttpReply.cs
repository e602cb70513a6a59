using System.Globalization;
using System.Text;

namespace HttpMonitor.Core.Metrics;

/// <summary>An HTTP/1.1 response of the metrics endpoint: a status, a body of one type, and the connection closed after it.</summary>
/// <param name="Allow">The methods allowed, for a 405.</param>
public sealed record HttpReply(int Status, string ContentType, byte[] Body, string? Allow = null)
{
    public const string PlainText = "text/plain; charset=utf-8";

    public static HttpReply Text(int status, string text) => new(status, PlainText, Encoding.UTF8.GetBytes(text + "\n"));

    /// <summary>The status line, headers and (unless for HEAD) the body, as sent.</summary>
    public byte[] Encode(bool head)
    {
        var header = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {Status} {Reason(Status)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {ContentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {Body.Length}\r\n")
            .Append(Allow is null ? "" : $"Allow: {Allow}\r\n")
            .Append("Cache-Control: no-store\r\nConnection: close\r\n\r\n");
        byte[] bytes = Encoding.ASCII.GetBytes(header.ToString());
        return head ? bytes : [.. bytes, .. Body];
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        503 => "Service Unavailable",
        _ => "Status",
    };
}
