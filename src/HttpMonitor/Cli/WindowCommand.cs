using System.Reactive.Concurrency;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;
using HttpMonitor.Output;
using HttpMonitor.Ui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace HttpMonitor.Cli;

/// <summary>The default command: follows the log and shows it in the interactive window; a summary is printed after it closes.</summary>
internal static class WindowCommand
{
    /// <summary>Whether a window can be shown: stdin and stdout are a terminal.</summary>
    public static string? WhyNoTerminal()
    {
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            return "standard input or output is not a terminal";
        }

        return Driver.IsAttachedToTerminal(out _, out _) ? null : "there is no terminal";
    }

    public static async Task<int> RunAsync(IReadOnlyList<LogSpec> logs, bool fromStart, MonitorOptions options, string configPath, CancellationToken stop)
    {
        if (LogPaths.WhyNotFollowable(logs) is { } refused)
        {
            Console.Error.WriteLine($"httpmonitor: {refused}");
            return ExitCodes.UsageError;
        }

        using var geo = Geography.Open(options);
        using var monitor = new LiveMonitor(logs, options, Scheduler.Default, TimeProvider.System, fromStart, geo);
        using var metrics = ServedMetrics.Start(options, monitor);
        using var session = new MonitorSession(monitor, hasGeography: geo is not null);
        await using var notifications = AlertNotifications.Start(
            options, monitor.Events, failure => session.Note(HistoryKind.NotificationFailed, failure), Console.Error);
        using var stopMonitor = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var running = Task.Run(() => monitor.RunAsync(stopMonitor.Token), CancellationToken.None);

        try
        {
            ShowWindow(session, options, monitor.Inputs, configPath, running, stop);
        }
        finally
        {
            // The monitor stops before it is disposed, also when the window failed.
            await stopMonitor.CancelAsync().ConfigureAwait(false);
            try
            {
                await running.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopMonitor.IsCancellationRequested)
            {
            }
        }

        Console.WriteLine(TextFormat.Summary(monitor.Counts, session.Read().Snapshot.AlertEvents));
        return ExitCodes.Ok;
    }

    /// <summary>Runs the window until a quit key, a signal (<paramref name="stop"/>) or the end of the monitor.</summary>
    private static void ShowWindow(MonitorSession session, MonitorOptions options, IReadOnlyList<string> inputs, string configPath, Task running, CancellationToken stop)
    {
        // Outside the try: a hung-up terminal also makes app.Dispose wait on the spinning input loop.
        using var hangup = TerminalHangup.Watch();
        // Popped after app.Dispose, however the window ends (quit key, signal, error).
        using var title = TerminalTitle.Push(Console.Out, $"httpmonitor {(inputs.Count == 1 ? Path.GetFileName(inputs[0]) : Output.Plural.Of(inputs.Count, "input"))}".TrimEnd());
        var app = Application.Create();
        using var open = new CancellationTokenSource();
        try
        {
            app.Init();
            using var window = new MonitorWindow(app, session, configPath, TimeDisplay.For(options, TimeProvider.System));
            using var refreshing = window.RefreshEvery(TimeSpan.FromSeconds(options.UiRefreshInterval), new UiScheduler(app));
            void Stop()
            {
                if (!open.IsCancellationRequested)
                {
                    app.Invoke(() => StopSoon(app, window));
                }
            }

            using var onSignal = stop.Register(Stop);
            _ = running.ContinueWith(_ => Stop(), open.Token, TaskContinuationOptions.None, TaskScheduler.Default);
            app.Run(window);
        }
        finally
        {
            open.Cancel();
            app.Dispose();
            RestoreKeypad();
        }
    }

    /// <summary>Stops the window now, and again shortly: a stop requested during the first draw can be ignored.</summary>
    private static void StopSoon(IApplication app, MonitorWindow window)
    {
        window.Quit();
        app.AddTimeout(TimeSpan.FromMilliseconds(100), () =>
        {
            window.Quit();
            return window.IsRunning;
        });
    }

    /// <summary>.NET leaves the cursor keys in application mode after the window: set them back (DECCKM off, keypad numeric).</summary>
    private static void RestoreKeypad()
    {
        if (!Console.IsOutputRedirected)
        {
            Console.Out.Write("\e[?1l\e>");
            Console.Out.Flush();
        }
    }
}
