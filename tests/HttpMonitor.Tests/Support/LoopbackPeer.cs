using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HttpMonitor.Tests.Support;

/// <summary>
/// A hostile peer on 127.0.0.1 (an ephemeral port): each connection is answered with fixed
/// bytes, after the HTTP request head and body when <c>readHttpRequest</c> is set, at once
/// otherwise (an SMTP greeting). Enough to put chosen bytes into a real client's error.
/// </summary>
internal sealed class LoopbackPeer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _answer;
    private readonly bool _readHttpRequest;

    public LoopbackPeer(string answer, bool readHttpRequest)
    {
        _answer = Encoding.Latin1.GetBytes(answer);
        _readHttpRequest = readHttpRequest;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Task.Run(AcceptAsync);
    }

    public int Port { get; }

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
                if (_readHttpRequest)
                {
                    await SkipHttpRequestAsync(stream);
                }

                await stream.WriteAsync(_answer, _stop.Token);
                // Wait for the client to hang up, so it reads the whole answer.
                while (await stream.ReadAsync(new byte[1024], _stop.Token) > 0)
                {
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task SkipHttpRequestAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one, _stop.Token) == 1)
        {
            head.Append((char)one[0]);
        }

        string? length = head.ToString().Split("\r\n")
            .FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))?["Content-Length:".Length..];
        await stream.ReadExactlyAsync(new byte[length is null ? 0 : int.Parse(length.Trim(), System.Globalization.CultureInfo.InvariantCulture)], _stop.Token);
    }
}
