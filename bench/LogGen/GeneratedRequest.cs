namespace LogGen;

/// <summary>One generated request, before a format writes it.</summary>
/// <param name="Method">Null, with <paramref name="Target"/>, for a TLS handshake sent to the plain-HTTP port (no request line).</param>
/// <param name="Bytes">Null where the server writes "-" (a 304, now and then another).</param>
public sealed record GeneratedRequest(
    DateTimeOffset Time, string Client, string User, string? Method, string? Target, int Status, long? Bytes,
    string Referer, string Agent, string Vhost, int DurationMs)
{
    /// <summary>The request line as nginx and Apache write it between quotes (escapes and all).</summary>
    public string RequestLine => Method is null ? "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03" : $"{Method} {Target} HTTP/1.1";
}
