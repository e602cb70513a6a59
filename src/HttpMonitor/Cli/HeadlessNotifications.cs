using System.Reactive.Disposables;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Cli;

/// <summary>
/// Notifications without the window: every alert goes to the configured channels, and each
/// notice that could not be delivered is one line on stderr. At the end the queued notices get
/// <see cref="DrainGrace"/> to go out.
/// </summary>
internal sealed class HeadlessNotifications : IAsyncDisposable
{
    public static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(5);

    private readonly Notifier? _notifier;
    private readonly IDisposable _attached;
    private readonly IDisposable _failures;

    private HeadlessNotifications(Notifier? notifier, IDisposable attached, IDisposable failures)
    {
        _notifier = notifier;
        _attached = attached;
        _failures = failures;
    }

    /// <summary>Starts sending the alerts among <paramref name="events"/>; nothing when no channel is configured.</summary>
    public static HeadlessNotifications Start(MonitorOptions options, IObservable<MonitorEvent> events, TextWriter errors)
    {
        if (options.Notifications.Count == 0)
        {
            return new HeadlessNotifications(null, Disposable.Empty, Disposable.Empty);
        }

        var notifier = new Notifier(options.Notifications, TimeProvider.System);
        var failures = notifier.Failures.Subscribe(f => errors.WriteLine($"httpmonitor: {f.Message}"));
        errors.WriteLine($"httpmonitor: alerts are sent to {string.Join(", ", notifier.Channels.Select(c => c.Name))}");
        return new HeadlessNotifications(notifier, notifier.Attach(events), failures);
    }

    public async ValueTask DisposeAsync()
    {
        _attached.Dispose();
        if (_notifier is not null)
        {
            await _notifier.DrainAsync(DrainGrace).ConfigureAwait(false);
            await _notifier.DisposeAsync().ConfigureAwait(false);
        }

        _failures.Dispose();
    }
}
