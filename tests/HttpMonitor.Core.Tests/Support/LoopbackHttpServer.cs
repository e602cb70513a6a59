using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (an ephemeral port): it records each request and answers
/// with the next scripted status (200 once the script is used up); status 0 means never answer.
/// </summary>
public sealed class LoopbackHttpServer : LoopbackServer
{
    private readonly Channel<Request> _requests = Channel.CreateUnbounded<Request>();
    private readonly Queue<int> _script;
    private int _count;

    public LoopbackHttpServer(params int[] statuses)
    {
        _script = new Queue<int>(statuses);
        Url = new Uri($"http://127.0.0.1:{Port}/hook");
    }

    public Uri Url { get; }

    /// <summary>Sent as the <c>Location</c> header of every answer when set (for scripted 3xx statuses).</summary>
    public Uri? Location { get; init; }

    /// <summary>Requests received so far.</summary>
    public int Count => Volatile.Read(ref _count);

    public async Task<Request> NextRequestAsync() =>
        await _requests.Reader.ReadAsync(Stopping).AsTask().WaitAsync(ManualTimeProvider.Patience);

    protected override async Task ServeAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            int b = stream.ReadByte();
            if (b < 0)
            {
                return;
            }

            head.Append((char)b);
        }

        string[] lines = head.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        byte[] body = new byte[headers.TryGetValue("Content-Length", out string? length) ? int.Parse(length, System.Globalization.CultureInfo.InvariantCulture) : 0];
        await stream.ReadExactlyAsync(body, Stopping);
        int status;
        lock (_script)
        {
            status = _script.Count > 0 ? _script.Dequeue() : 200;
        }

        Interlocked.Increment(ref _count);
        _requests.Writer.TryWrite(new Request(lines[0], headers, Encoding.UTF8.GetString(body)));
        if (status == 0)
        {
            await Task.Delay(Timeout.Infinite, Stopping);
        }

        byte[] response = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(HttpStatusCode)status}\r\n{(Location is null ? "" : $"Location: {Location}\r\n")}Content-Length: 0\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(response, Stopping);
    }

    public sealed record Request(string RequestLine, IReadOnlyDictionary<string, string> Headers, string Body);
}
