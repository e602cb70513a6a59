using System.Text;

namespace HttpMonitor.Core.Metrics;

/// <summary>The request line of an HTTP request, read up to the end of its headers (which are not needed).</summary>
/// <param name="Path">The target without its query.</param>
internal sealed record HttpRequestHead(string Method, string Path)
{
    /// <summary>A request's head longer than this is refused: the endpoints take no headers that long.</summary>
    public const int MaxBytes = 8192;

    /// <summary>The request's head, or null when it is not HTTP, too long, or the client closed first.</summary>
    public static async Task<HttpRequestHead?> ReadAsync(Stream stream, CancellationToken cancel)
    {
        byte[] buffer = new byte[MaxBytes];
        int length = 0;
        while (length < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(length), cancel).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0 || buffer.AsSpan(0, length).IndexOf("\n\n"u8) >= 0)
            {
                return Parse(Encoding.ASCII.GetString(buffer, 0, length));
            }
        }

        return null;
    }

    /// <summary>"GET /metrics?x=1 HTTP/1.1" is GET /metrics.</summary>
    public static HttpRequestHead? Parse(string head)
    {
        string line = head[..head.IndexOf('\n', StringComparison.Ordinal)].TrimEnd('\r');
        string[] parts = line.Split(' ');
        if (parts is not [var method, var target, var version] || !version.StartsWith("HTTP/", StringComparison.Ordinal) || !target.StartsWith('/'))
        {
            return null;
        }

        int query = target.IndexOf('?', StringComparison.Ordinal);
        return new HttpRequestHead(method, query < 0 ? target : target[..query]);
    }
}
