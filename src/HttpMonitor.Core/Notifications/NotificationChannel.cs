using System.Threading.Channels;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// One configured channel: a bounded queue drained by its own task, each notice delivered with
/// a timeout per attempt and retried with exponential backoff. <see cref="Post"/> never blocks,
/// so a slow or dead channel never slows the pipeline; a notice that finds the queue full is
/// dropped and reported. Every notice ends in exactly one <see cref="DeliveryResult"/>.
/// </summary>
public sealed class NotificationChannel : IAsyncDisposable
{
    /// <summary>The wait before the first retry; it doubles for each next one.</summary>
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(60);

    private const string StoppedProblem = "not sent: the monitor stopped first";

    private readonly INotificationSender _sender;
    private readonly Action<DeliveryResult> _report;
    private readonly TimeProvider _time;
    private readonly Channel<Notice> _queue;
    private readonly ResiliencePipeline _retrying;
    private readonly ResiliencePipeline _once;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _disposed;

    /// <param name="report">Called once per notice with how it fared, on the channel's task (or the caller's, for a full queue).</param>
    public NotificationChannel(NotificationChannelOptions options, INotificationSender sender, TimeProvider time, Action<DeliveryResult> report)
    {
        Options = options;
        _sender = sender;
        _report = report;
        _time = time;
        _queue = Channel.CreateBounded<Notice>(new BoundedChannelOptions(options.QueueSize)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _retrying = Pipeline(options, time, retry: true);
        _once = Pipeline(options, time, retry: false);
        _loop = Task.Run(RunAsync);
    }

    public NotificationChannelOptions Options { get; }

    public string Name => Options.Name;

    /// <summary>Queues a notice for delivery; false when the queue is full (reported) or closed.</summary>
    public bool Post(Notice notice)
    {
        if (_queue.Writer.TryWrite(notice))
        {
            return true;
        }

        if (!_stop.IsCancellationRequested)
        {
            _report(new DeliveryResult(Name, notice, 0, $"dropped: {Options.QueueSize} notifications already wait for delivery"));
        }

        return false;
    }

    /// <summary>Delivers one notice now, one attempt with the timeout, bypassing the queue (for notify-test).</summary>
    public Task<DeliveryResult> SendOnceAsync(Notice notice, CancellationToken cancel) => DeliverAsync(_once, notice, cancel);

    /// <summary>Stops taking notices and waits up to <paramref name="grace"/> for the queued ones; the rest are reported as not sent.</summary>
    public async Task DrainAsync(TimeSpan grace)
    {
        _queue.Writer.TryComplete();
        try
        {
            await _loop.WaitAsync(grace, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _loop.ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _sender.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var notice in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                _report(await DeliverAsync(_retrying, notice, _stop.Token).ConfigureAwait(false));
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }

        while (_queue.Reader.TryRead(out var left))
        {
            _report(new DeliveryResult(Name, left, 0, StoppedProblem));
        }
    }

    private async Task<DeliveryResult> DeliverAsync(ResiliencePipeline pipeline, Notice notice, CancellationToken cancel)
    {
        int attempts = 0;
        try
        {
            await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    await _sender.SendAsync(notice, token).ConfigureAwait(false);
                },
                cancel).ConfigureAwait(false);
            return new DeliveryResult(Name, notice, attempts, null);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return new DeliveryResult(Name, notice, attempts, StoppedProblem);
        }
        catch (Exception e)
        {
            return new DeliveryResult(Name, notice, attempts, Reason(e));
        }
    }

    // A timed-out attempt may still have reached the receiver (a slow webhook handles it after
    // the connection closed; a command may have paged before it was killed): say so, rather
    // than promise it was not sent.
    private string Reason(Exception e) => e switch
    {
        TimeoutRejectedException => $"no answer within {Options.Timeout.TotalSeconds:0.###} s (timeoutSeconds): it may have arrived all the same",
        NotificationException n => n.Message,
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    private static ResiliencePipeline Pipeline(NotificationChannelOptions options, TimeProvider time, bool retry)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (retry && options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && e is not NotificationException { Permanent: true } && e is not OperationCanceledException),
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = FirstRetryDelay,
                MaxDelay = MaxRetryDelay,
                UseJitter = false,
            });
        }

        return builder.AddTimeout(options.Timeout).Build();
    }
}
