using System.Threading.Channels;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Collects delivery results as the channels report them, for a test to await one by one.</summary>
public sealed class CollectingResults
{
    private readonly Channel<DeliveryResult> _results = Channel.CreateUnbounded<DeliveryResult>();

    public void Add(DeliveryResult result) => _results.Writer.TryWrite(result);

    public async Task<DeliveryResult> NextAsync() =>
        await _results.Reader.ReadAsync().AsTask().WaitAsync(ManualTimeProvider.Patience);

    /// <summary>Whether a result has arrived that no <see cref="NextAsync"/> took yet.</summary>
    public bool Any => _results.Reader.Count > 0;
}
