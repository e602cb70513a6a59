using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (an ephemeral port): it records each request and answers
/// with the next scripted status (200 once the script is used up); status 0 means never answer.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Channel<Request> _requests = Channel.CreateUnbounded<Request>();
    private readonly Queue<int> _script;
    private readonly CancellationTokenSource _stop = new();
    private int _count;

    public LoopbackHttpServer(params int[] statuses)
    {
        _script = new Queue<int>(statuses);
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook");
        _ = Task.Run(AcceptAsync);
    }

    public Uri Url { get; }

    /// <summary>Requests received so far.</summary>
    public int Count => Volatile.Read(ref _count);

    public async Task<Request> NextRequestAsync() =>
        await _requests.Reader.ReadAsync(_stop.Token).AsTask().WaitAsync(ManualTimeProvider.Patience);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
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
                byte[] body = new byte[headers.TryGetValue("Content-Length", out string? length) ? int.Parse(length) : 0];
                await stream.ReadExactlyAsync(body, _stop.Token);
                int status;
                lock (_script)
                {
                    status = _script.Count > 0 ? _script.Dequeue() : 200;
                }

                Interlocked.Increment(ref _count);
                _requests.Writer.TryWrite(new Request(lines[0], headers, Encoding.UTF8.GetString(body)));
                if (status == 0)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                byte[] response = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(HttpStatusCode)status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(response, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    public sealed record Request(string RequestLine, IReadOnlyDictionary<string, string> Headers, string Body);
}
