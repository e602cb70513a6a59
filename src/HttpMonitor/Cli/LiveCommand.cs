using System.Reactive.Concurrency;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;
using HttpMonitor.Output;

namespace HttpMonitor.Cli;

/// <summary>Headless live monitoring: follows the logs and prints windows and alerts as they happen.</summary>
internal static class LiveCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<LogSpec> logs, string format, bool fromStart, MonitorOptions options, CancellationToken stop)
    {
        if (LogPaths.WhyNotFollowable(logs) is { } refused)
        {
            Console.Error.WriteLine($"httpmonitor: {refused}");
            return ExitCodes.UsageError;
        }

        using var geo = Geography.Open(options);
        using var monitor = new LiveMonitor(logs, options, Scheduler.Default, TimeProvider.System, fromStart, geo);
        using var metrics = ServedMetrics.Start(options, monitor);
        using var renderer = OutputFormat.Create(format, options.Top);
        int alerts = 0;
        var readerGone = OutputReaderWatch.Start();
        using var outputClosed = CancellationTokenSource.CreateLinkedTokenSource(stop, readerGone);
        OutputClosedException? outputFailure = null; // the first, under the renderer's lock; nothing is rendered after it
        using var notices = new FileNotices();
        monitor.Following += notices.Watch;
        monitor.Counts.MostlyRejected += counts => Console.Error.WriteLine($"httpmonitor: {TextFormat.MostlyRejected(counts)}");
        using var subscription = monitor.Events.Subscribe(e =>
        {
            lock (renderer)
            {
                if (outputFailure is not null)
                {
                    return;
                }

                alerts += e is AlertEvent ? 1 : 0;
                try
                {
                    renderer.Render(e);
                    renderer.Flush();
                }
                catch (OutputClosedException failure)
                {
                    // Nobody reads any more (`| head`), or nothing can be written (a full disk): stop,
                    // from another thread: the stop must not run on this one, inside the lock.
                    outputFailure = failure;
                    _ = outputClosed.CancelAsync();
                }
            }
        });
        await using var notifications = AlertNotifications.Start(options, monitor.Events, Console.Error);
        Console.Error.WriteLine($"httpmonitor: following {string.Join(", ", monitor.Inputs)}{(fromStart ? (monitor.Inputs.Count == 1 ? " from its start" : " from their start") : "")}; {(logs.Any(l => l.IsStandardInput) ? "the end of standard input or " : "")}Ctrl+C to stop");
        await monitor.RunAsync(outputClosed.Token).ConfigureAwait(false);
        lock (renderer)
        {
            outputFailure ??= readerGone.IsCancellationRequested ? new OutputClosedException(readerGone: true, "its reader has gone") : null;
            if (outputFailure is not null)
            {
                return OutputFailure.Report(outputFailure);
            }

            renderer.Summary(monitor.Counts, alerts); // a failure here is reported as any other (CommandLine.Guarded)
            renderer.Flush();
        }

        return ExitCodes.Ok;
    }

    public static string Describe(FollowStatus status) => status.State switch
    {
        FollowState.Waiting => $"httpmonitor: waiting for {status.Path} to appear",
        FollowState.Failing => $"httpmonitor: cannot read {status.Path}: {status.Problem} (retrying)",
        _ => $"httpmonitor: reading {status.Path}",
    };
}
