using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.SomeAlerts;

namespace HttpMonitor.Core.Tests.Notifications;

/// <summary>Queueing, retries and backoff, in virtual time.</summary>
public sealed class NotificationChannelTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly CollectingResults _results = new();

    private static CommandChannelOptions Options(int retries = 5, int queueSize = 100) =>
        new() { Name = "pager", Command = "page", Retries = retries, QueueSize = queueSize };

    private static Notice Notice(int second) => new(NoticeKind.Alert, At(second), TrafficTriggered(second), null);

    [Fact]
    public async Task Retry_Backoff_DoublesFromOneSecondUpToTheCap()
    {
        var sender = new ScriptedSender(Enumerable.Repeat(false, 9).ToArray());
        await using var channel = new NotificationChannel(Options(retries: 8), sender, _time, _results.Add);
        var waited = new List<int>();

        channel.Post(Notice(30));
        foreach (int seconds in new[] { 1, 2, 4, 8, 16, 32, 60, 60 })
        {
            var delay = TimeSpan.FromSeconds(seconds);
            await _time.WaitForTimerAsync(delay);
            int attempts = sender.Attempts;
            _time.Advance(delay - TimeSpan.FromTicks(1));
            Assert.True(_time.HasTimer(delay));
            _time.Advance(TimeSpan.FromTicks(1));
            waited.Add(seconds);
            Assert.Equal(attempts, waited.Count);
        }

        var result = await _results.NextAsync();

        Assert.Equal("notification to pager failed: scripted failure (9 attempts)", result.Message);
        Assert.Equal(9, sender.Attempts);
    }

    [Fact]
    public async Task Retry_TimedOutAttempts_BackOffLikeAnyFailure()
    {
        var timeout = TimeSpan.FromSeconds(10);
        var sender = new ScriptedSender { Hold = new TaskCompletionSource() }; // never answers
        await using var channel = new NotificationChannel(Options(retries: 3) with { Timeout = timeout }, sender, _time, _results.Add);
        var start = _time.GetUtcNow();
        var attemptsStartedAt = new List<double>();

        channel.Post(Notice(30));
        foreach (int backoff in new[] { 1, 2, 4, 0 })
        {
            await _time.WaitForTimerAsync(timeout);
            attemptsStartedAt.Add((_time.GetUtcNow() - start).TotalSeconds);
            _time.Advance(timeout);
            if (backoff > 0)
            {
                await _time.WaitForTimerAsync(TimeSpan.FromSeconds(backoff));
                _time.Advance(TimeSpan.FromSeconds(backoff));
            }
        }

        var result = await _results.NextAsync();

        Assert.Equal([0, 11, 23, 37], attemptsStartedAt);
        Assert.Equal(4, result.Attempts);
    }

    [Fact]
    public async Task Retry_SuccessAfterTwoFailures_IsOneDeliveryAndNothingMore()
    {
        var sender = new ScriptedSender(false, false, true);
        await using var channel = new NotificationChannel(Options(), sender, _time, _results.Add);

        channel.Post(Notice(30));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(2));
        var result = await _results.NextAsync();
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal("notification to pager delivered after 3 attempts", result.Message);
        Assert.Equal(3, sender.Attempts);
        Assert.False(_results.Any);
    }

    [Fact]
    public async Task Post_QueueFull_DropsTheNoticeAndReportsIt()
    {
        var sender = new ScriptedSender { Hold = new TaskCompletionSource() };
        await using var channel = new NotificationChannel(Options(queueSize: 1), sender, _time, _results.Add);

        Assert.True(channel.Post(Notice(30)));
        await sender.Entered;
        Assert.True(channel.Post(Notice(31)));
        Assert.False(channel.Post(Notice(32)));
        var dropped = await _results.NextAsync();
        sender.Hold.SetResult();

        Assert.Equal((At(32), "notification to pager failed: dropped: 1 notifications already wait for delivery"), (dropped.Notice.At, dropped.Message));
        Assert.Equal([At(30), At(31)], [(await _results.NextAsync()).Notice.At, (await _results.NextAsync()).Notice.At]);
    }

    [Fact]
    public async Task Drain_QueuedNoticesThatCannotGoOut_AreReportedAsNotSent()
    {
        var sender = new ScriptedSender { Hold = new TaskCompletionSource() };
        var channel = new NotificationChannel(Options(), sender, _time, _results.Add);
        channel.Post(Notice(30));
        await sender.Entered;
        channel.Post(Notice(31));

        var drained = channel.DrainAsync(TimeSpan.FromSeconds(5));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(5));
        await drained;
        await channel.DisposeAsync();

        Assert.Equal(
            ["notification to pager failed: not sent: the monitor stopped first", "notification to pager failed: not sent: the monitor stopped first"],
            [(await _results.NextAsync()).Message, (await _results.NextAsync()).Message]);
    }
}
