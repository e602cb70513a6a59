using System.Reactive.Disposables;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Output;

namespace HttpMonitor.Cli;

/// <summary>
/// Every alert goes to the configured channels; each notice that could not be delivered is
/// reported (a line on stderr headless, a line in the window's alert history). At the end the
/// queued notices get <see cref="DrainGrace"/> to go out.
/// </summary>
internal sealed class AlertNotifications : IAsyncDisposable
{
    public static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(5);

    private readonly Notifier? _notifier;
    private readonly IDisposable _attached;
    private readonly IDisposable _failures;

    private AlertNotifications(Notifier? notifier, IDisposable attached, IDisposable failures)
    {
        _notifier = notifier;
        _attached = attached;
        _failures = failures;
    }

    /// <summary>Starts sending the alerts among <paramref name="events"/>; nothing when no channel is configured.</summary>
    public static AlertNotifications Start(MonitorOptions options, IObservable<MonitorEvent> events, TextWriter errors) =>
        Start(options, events, failure => errors.WriteLine($"httpmonitor: {failure}"), errors);

    /// <param name="failed">Told each failure's message, escaped for the terminal (it quotes the peer), on a background thread.</param>
    /// <param name="announce">Where the channels in use are named at start.</param>
    public static AlertNotifications Start(MonitorOptions options, IObservable<MonitorEvent> events, Action<string> failed, TextWriter announce)
    {
        if (options.Notifications.Count == 0)
        {
            return new AlertNotifications(null, Disposable.Empty, Disposable.Empty);
        }

        var notifier = new Notifier(options.Notifications, TimeProvider.System);
        var failures = notifier.Failures.Subscribe(f => failed(TerminalText.Escape(f.Message)));
        announce.WriteLine($"httpmonitor: alerts are sent to {string.Join(", ", notifier.Channels.Select(c => c.Name))}");
        return new AlertNotifications(notifier, notifier.Attach(events), failures);
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
