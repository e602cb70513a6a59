using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// Sends alerts to every configured channel. The composition root creates one, <see cref="Attach"/>es
/// the monitor's events, shows <see cref="Failures"/> (the window in its alert history, headless
/// mode on stderr), and drains it at exit.
/// </summary>
public sealed class Notifier : IAsyncDisposable
{
    private readonly ISubject<DeliveryResult> _results = Subject.Synchronize(new Subject<DeliveryResult>());
    private readonly TimeProvider _time;

    /// <param name="senders">Makes each channel's sender; the default speaks the real protocols (<see cref="CreateSender"/>).</param>
    public Notifier(IEnumerable<NotificationChannelOptions> channels, TimeProvider time, Func<NotificationChannelOptions, INotificationSender>? senders = null)
    {
        _time = time;
        senders ??= CreateSender;
        Channels = channels.Select(o => new NotificationChannel(o, senders(o), time, _results.OnNext)).ToList();
    }

    public IReadOnlyList<NotificationChannel> Channels { get; }

    /// <summary>How every notice fared, delivered or not; raised on the channels' threads.</summary>
    public IObservable<DeliveryResult> Results => _results.AsObservable();

    /// <summary>Notices that could not be delivered; <see cref="DeliveryResult.Message"/> reads "notification to … failed: …".</summary>
    public IObservable<DeliveryResult> Failures => Results.Where(r => !r.Delivered);

    /// <summary>Sends the alerts among <paramref name="events"/> (subscribed once per channel) until disposed.</summary>
    public IDisposable Attach(IObservable<MonitorEvent> events) =>
        new CompositeDisposable(Channels.Select(c => events.ToNotices(c.Options).Subscribe(n => c.Post(n))));

    /// <summary>A test message through every channel at once, one attempt each; the results in configuration order.</summary>
    public async Task<IReadOnlyList<DeliveryResult>> NotifyTestAsync(CancellationToken cancel = default)
    {
        var notice = Notice.Test(_time.GetUtcNow());
        return await Task.WhenAll(Channels.Select(c => c.SendOnceAsync(notice, cancel))).ConfigureAwait(false);
    }

    /// <summary>Stops taking notices and gives the queued ones up to <paramref name="grace"/> to go out.</summary>
    public Task DrainAsync(TimeSpan grace) => Task.WhenAll(Channels.Select(c => c.DrainAsync(grace)));

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in Channels)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }
    }

    public static INotificationSender CreateSender(NotificationChannelOptions options) => options switch
    {
        WebhookChannelOptions w => new WebhookSender(w),
        EmailChannelOptions e => new EmailSender(e),
        CommandChannelOptions c => new CommandSender(c),
        _ => throw new ArgumentException($"no sender for {options.GetType().Name}", nameof(options)),
    };
}
