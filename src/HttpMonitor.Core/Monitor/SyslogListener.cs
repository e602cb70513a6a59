using System.Net;
using System.Net.Sockets;
using System.Reactive.Linq;
using System.Threading.Channels;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// Receives syslog messages on UDP or TCP (several clients at once) and hands their lines to the
/// clock, each under its sender's hostname (<see cref="SyslogSenders"/>).
/// </summary>
/// <remarks>
/// The receiving loops and the clock are joined by a bounded channel: a receive never waits for
/// the clock. When the channel is full a message is dropped and counted
/// (<see cref="LineCounts.Dropped"/>), never a stall or unbounded memory. The socket is bound when
/// the listener is made, so a port that cannot be had is said before the monitor starts.
/// </remarks>
public sealed class SyslogListener : IDisposable
{
    /// <summary>Messages waiting for the clock, at most.</summary>
    public const int Capacity = 1 << 16;

    private const int UdpReceiveBuffer = 8 << 20; // the kernel caps it (net.core.rmem_max)

    private readonly Socket _socket;
    private readonly LineCounts _counts;
    private readonly Channel<Message> _messages = Channel.CreateBounded<Message>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private SyslogListener(SyslogAddress address, Socket socket, LineCounts counts)
    {
        Address = address;
        _socket = socket;
        _counts = counts;
    }

    public SyslogAddress Address { get; }

    /// <summary>Where it listens (with port 0, the port it was given).</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    /// <exception cref="ListenException">The port cannot be had: one line saying why and what to do.</exception>
    public static SyslogListener Bind(SyslogAddress address, LineCounts counts)
    {
        var socket = address.Tcp
            ? new Socket(address.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
            : new Socket(address.EndPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = UdpReceiveBuffer };
        try
        {
            socket.Bind(address.EndPoint);
            if (address.Tcp)
            {
                socket.Listen();
            }
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new ListenException(WhyNot(address, e));
        }

        return new SyslogListener(address, socket, counts);
    }

    /// <summary>What is said when <paramref name="address"/> cannot be listened on.</summary>
    public static string WhyNot(SyslogAddress address, SocketException e) => $"cannot listen for syslog on {address}: " + e.SocketErrorCode switch
    {
        SocketError.AccessDenied => "ports below 1024 need privileges (root, or CAP_NET_BIND_SERVICE); choose a port from 1024 up, e.g. udp://127.0.0.1:5514, and send there",
        SocketError.AddressAlreadyInUse => "the port is in use by another program (a syslog daemon?); choose another port (--syslog, or \"syslog\" in config.json)",
        SocketError.AddressNotAvailable => $"{address.EndPoint.Address} is not an address of this machine; use 127.0.0.1, 0.0.0.0 (every interface) or one of its own",
        _ => e.Message,
    };

    /// <summary>
    /// The messages' lines (<see cref="LogInputKind.Line"/>), and what is not syslog as
    /// <see cref="LogInputKind.Rejected"/>; receives until <paramref name="stop"/>, then completes.
    /// </summary>
    public IObservable<LogInput> Inputs(CancellationToken stop) =>
        Observable.Create<LogInput>(async (observer, unsubscribed) =>
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, unsubscribed);
            var receiving = Task.Run(() => _socket.SocketType == SocketType.Stream ? AcceptAsync(either.Token) : ReceiveAsync(either.Token), CancellationToken.None);
            var senders = new SyslogSenders();
            try
            {
                while (await _messages.Reader.WaitToReadAsync(either.Token).ConfigureAwait(false))
                {
                    while (_messages.Reader.TryRead(out var message))
                    {
                        observer.OnNext(ToInput(message, senders));
                    }
                }
            }
            catch (OperationCanceledException) when (either.IsCancellationRequested)
            {
            }

            _socket.Close();
            await receiving.ConfigureAwait(false);
            observer.OnCompleted();
        });

    public void Dispose() => _socket.Dispose();

    private static LogInput ToInput(Message message, SyslogSenders senders) =>
        !message.Bad && SyslogMessage.TryParse(message.Bytes, out var host, out var body)
            ? new LogInput(LogInputKind.Line, 0, Segment(message.Bytes, body), senders.Of(host))
            : new LogInput(LogInputKind.Rejected, 0, message.Bytes);

    /// <summary><paramref name="body"/>, a slice of <paramref name="bytes"/>, as a segment of it.</summary>
    private static ArraySegment<byte> Segment(byte[] bytes, ReadOnlySpan<byte> body) =>
        body.IsEmpty || !((ReadOnlySpan<byte>)bytes).Overlaps(body, out int offset) ? default : new ArraySegment<byte>(bytes, offset, body.Length);

    /// <summary>Offers a message to the clock without waiting: a full channel drops it, counted.</summary>
    private void Offer(ReadOnlySpan<byte> bytes, bool bad = false)
    {
        if (!_messages.Writer.TryWrite(new Message(bytes.ToArray(), bad)))
        {
            _counts.CountDropped();
        }
    }

    private async Task ReceiveAsync(CancellationToken stop)
    {
        var buffer = new byte[65_536];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                int read = await _socket.ReceiveAsync(buffer, SocketFlags.None, stop).ConfigureAwait(false);
                Offer(buffer.AsSpan(0, read));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped: the socket is closed.
        }
    }

    private async Task AcceptAsync(CancellationToken stop)
    {
        var clients = new List<Task>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await _socket.AcceptAsync(stop).ConfigureAwait(false);
                clients.Add(Task.Run(() => ReadClientAsync(client, stop), CancellationToken.None));
                clients.RemoveAll(c => c.IsCompleted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped: the socket is closed.
        }

        await Task.WhenAll(clients).ConfigureAwait(false);
    }

    private async Task ReadClientAsync(Socket client, CancellationToken stop)
    {
        using var _ = client;
        var framing = new SyslogFraming(new Frames(this));
        var buffer = new byte[65_536];
        try
        {
            int read;
            while ((read = await client.ReceiveAsync(buffer, SocketFlags.None, stop).ConfigureAwait(false)) > 0)
            {
                framing.Write(buffer.AsSpan(0, read));
            }

            framing.Flush();
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped, or the client went away: what it sent whole was offered.
        }
    }

    /// <summary>A received message; <see cref="Bad"/>: bytes that framing could not make one of (counted as rejected).</summary>
    private readonly record struct Message(byte[] Bytes, bool Bad);

    private sealed class Frames(SyslogListener listener) : IFrameSink
    {
        public void OnFrame(ReadOnlySpan<byte> frame) => listener.Offer(frame);

        public void OnBadFrame(ReadOnlySpan<byte> head) => listener.Offer(head, bad: true);
    }
}
