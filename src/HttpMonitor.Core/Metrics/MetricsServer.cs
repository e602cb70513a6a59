using System.Net;
using System.Net.Sockets;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// A small HTTP/1.1 server for the metrics endpoints, on a <see cref="TcpListener"/> bound to exactly
/// the address asked for: each connection gets one answer, then is closed. Each is served on a task
/// of its own, so a slow or silent client holds up no other; one that sends no whole request within
/// <see cref="RequestTimeout"/> is dropped, and past <see cref="MaxConnections"/> at once new ones
/// are closed at once, so clients cannot pile up.
/// </summary>
/// <remarks>
/// HttpListener was not used: on Linux it matches the Host header against its prefix, so a server
/// on 127.0.0.1 answers 404 to <c>curl localhost:9464</c>, and its <c>+</c> prefix binds every
/// interface (docs/metrics.md).
/// </remarks>
public sealed class MetricsServer : IAsyncDisposable
{
    public const int MaxConnections = 32;

    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener;
    private readonly Func<HttpRequestHead, HttpReply> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _open;

    private MetricsServer(TcpListener listener, Func<HttpRequestHead, HttpReply> answer)
    {
        _listener = listener;
        _answer = answer;
        EndPoint = (IPEndPoint)listener.LocalEndpoint;
        _accepting = Task.Run(AcceptAsync);
    }

    /// <summary>Where it listens: the port is the one chosen when port 0 was asked for.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Listens at <paramref name="at"/> and answers each request with <paramref name="endpoints"/>.</summary>
    /// <exception cref="ListenException">The address cannot be listened on: the port is taken, the address is not this machine's, …</exception>
    public static MetricsServer Start(IPEndPoint at, MetricsEndpoints endpoints) => Start(at, endpoints.Answer);

    internal static MetricsServer Start(IPEndPoint at, Func<HttpRequestHead, HttpReply> answer)
    {
        var listener = new TcpListener(at);
        try
        {
            listener.Start();
        }
        catch (SocketException e)
        {
            listener.Dispose();
            throw new ListenException(WhyNot(at, e));
        }

        return new MetricsServer(listener, answer);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        _listener.Dispose();
        _stop.Dispose();
    }

    private static string WhyNot(IPEndPoint at, SocketException e) => $"cannot listen on {at}: " + e.SocketErrorCode switch
    {
        SocketError.AddressAlreadyInUse => "the port is in use by another program; choose another port (--listen, or \"listen\" in config.json)",
        SocketError.AddressNotAvailable => $"{at.Address} is not an address of this machine; use 127.0.0.1, 0.0.0.0 (every interface) or one of its own",
        SocketError.AccessDenied => "ports below 1024 need privileges; choose a port from 1024 up, e.g. :9464",
        _ => e.Message,
    };

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                continue; // a client gone before it was accepted
            }

            if (Interlocked.Increment(ref _open) > MaxConnections)
            {
                Interlocked.Decrement(ref _open);
                socket.Dispose();
                continue;
            }

            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        try
        {
            using var stream = new NetworkStream(socket, ownsSocket: true);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            timeout.CancelAfter(RequestTimeout);
            var request = await HttpRequestHead.ReadAsync(stream, timeout.Token).ConfigureAwait(false);
            var reply = request is null ? HttpReply.Text(400, "bad request: send GET /metrics, /api/state or /healthz") : _answer(request);
            await stream.WriteAsync(reply.Encode(head: request?.Method == "HEAD"), timeout.Token).ConfigureAwait(false);
            socket.Shutdown(SocketShutdown.Send); // the whole answer goes out before the close
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or was too slow: nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }
}
