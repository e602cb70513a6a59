using System.Diagnostics;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Waits for a condition with a bound, polling it: no fixed sleeps.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static async Task True(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > (timeout ?? DefaultTimeout))
            {
                Assert.Fail($"timed out after {clock.Elapsed.TotalSeconds:0.0} s waiting for {what}");
            }

            await Task.Delay(5);
        }
    }
}
