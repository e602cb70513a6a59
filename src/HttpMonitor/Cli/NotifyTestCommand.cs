using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Options;
using HttpMonitor.Output;

namespace HttpMonitor.Cli;

/// <summary><c>httpmonitor notify-test</c>: a test message through every configured channel, one line per result.</summary>
internal static class NotifyTestCommand
{
    public static async Task<int> RunAsync(MonitorOptions options, TextWriter output, TextWriter errors, CancellationToken stop)
    {
        if (options.Notifications.Count == 0)
        {
            errors.WriteLine("httpmonitor: notify-test: no channels configured: add \"notifications\" to config.json (see docs/notifications.md)");
            return ExitCodes.UsageError;
        }

        IReadOnlyList<DeliveryResult> results;
        await using (var notifier = new Notifier(options.Notifications, TimeProvider.System))
        {
            results = await notifier.NotifyTestAsync(stop).ConfigureAwait(false);
        }

        foreach (var result in results)
        {
            output.WriteLine(Line(result));
        }

        int delivered = results.Count(r => r.Delivered);
        output.WriteLine($"{delivered} of {results.Count} channels delivered the test message");
        return stop.IsCancellationRequested ? ExitCodes.Interrupted
            : delivered == results.Count ? ExitCodes.Ok
            : ExitCodes.RuntimeFailure;
    }

    /// <summary>
    /// "ok      webhook hooks.slack.com" or "FAILED  email smtp.example.com: login as … refused: …";
    /// escaped for the terminal, as the reason quotes the peer (a reason phrase, an SMTP reply, stderr).
    /// </summary>
    public static string Line(DeliveryResult result) => TerminalText.Escape(
        result.Delivered ? $"ok      {result.Channel}" : $"FAILED  {result.Channel}: {result.Problem}");
}
