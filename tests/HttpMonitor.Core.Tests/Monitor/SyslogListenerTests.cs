using System.Net.Sockets;
using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Monitor;

/// <summary>The bounded buffer between the syslog sockets and the clock.</summary>
public sealed class SyslogListenerTests
{
    [Fact]
    public async Task ClockStalled_FullBufferDropsAndCounts_EveryMessageDeliveredOrDropped()
    {
        var counts = new LineCounts();
        using var listener = SyslogListener.Bind(SyslogAddress.Parse("tcp://127.0.0.1:0"), counts);
        using var release = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        long delivered = 0;
        var consuming = listener.Inputs(stop.Token)
            .Do(_ =>
            {
                Interlocked.Increment(ref delivered);
                release.Wait(); // the clock is stuck: the receiving side must not wait for it
            })
            .LastOrDefaultAsync()
            .ToTask();
        int sent = SyslogListener.Capacity + 100;
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(listener.LocalEndPoint);
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<13>x\n", sent))));
            await Eventually.True(() => counts.Dropped > 0 && Interlocked.Read(ref delivered) + SyslogListener.Capacity + counts.Dropped == sent, "the buffer to fill and the rest to be dropped");
        }

        release.Set();
        await Eventually.True(() => Interlocked.Read(ref delivered) + counts.Dropped == sent, "every message delivered or dropped");
        await stop.CancelAsync();
        await consuming.WaitAsync(Eventually.DefaultTimeout);
    }
}
