using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>A sender whose attempts fail or succeed by script, and that can be held until released.</summary>
public sealed class ScriptedSender(params bool[] outcomes) : INotificationSender
{
    private readonly Queue<bool> _outcomes = new(outcomes);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _attempts;

    /// <summary>While set, each attempt waits for it before it ends.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Completes when the first attempt has started.</summary>
    public Task Entered => _entered.Task.WaitAsync(ManualTimeProvider.Patience);

    public async Task SendAsync(Notice notice, CancellationToken cancel)
    {
        Interlocked.Increment(ref _attempts);
        _entered.TrySetResult();
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancel);
        }

        bool ok;
        lock (_outcomes)
        {
            ok = _outcomes.Count == 0 || _outcomes.Dequeue();
        }

        if (!ok)
        {
            throw new NotificationException("scripted failure");
        }
    }

    public void Dispose()
    {
    }
}
