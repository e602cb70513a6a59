using System.Reactive;
using System.Runtime.InteropServices;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Cli;

/// <summary><c>httpmonitor replay FILE…</c>: what would have fired, as fast as the input allows.</summary>
internal static class ReplayCommand
{
    /// <summary>Several files are read one after the other, in the order given, as one log (<see cref="ConcatenatedLogStream"/>).</summary>
    /// <param name="threads">Threads that parse at once (<see cref="Replay.Run"/>).</param>
    public static int Run(IReadOnlyList<string> files, string format, MonitorOptions options, int threads)
    {
        if (Refused(files) is { } refused)
        {
            Console.Error.WriteLine($"httpmonitor: replay: {refused}");
            return ExitCodes.UsageError;
        }

        using var metrics = ServedMetrics.Start(options, live: null);
        if (Open(files) is not var (log, raw))
        {
            return ExitCodes.UsageError;
        }

        string file = string.Join(", ", files);

        using var signals = new Signals();
        using var geo = Geography.Open(options);
        using (log)
        using (var renderer = OutputFormat.Create(format, options.Top))
        using (Progress.Start(raw))
        {
            int alerts = 0;
            var output = Observer.Create<MonitorEvent>(e =>
            {
                alerts += e is AlertEvent ? 1 : 0;
                renderer.Render(e);
                metrics?.Board.OnNext(e);
            });
            LineCounts counts;
            try
            {
                counts = Replay.Run(log, options, output, geo, threads, signals.Token);
            }
            catch (OutputClosedException e)
            {
                return OutputFailure.Report(e); // also when the summary cannot be written (CommandLine.Guarded)
            }
            catch (IOException e)
            {
                renderer.Flush();
                Console.Error.WriteLine($"httpmonitor: replay: reading {file} failed: {e.Message}");
                return ExitCodes.RuntimeFailure;
            }

            metrics?.Board.Finish(counts);
            renderer.Summary(counts, alerts);
            Console.Error.Write(Output.TextFormat.MostlyRejectedNotice("httpmonitor: replay: ", counts));
            if (Unfinished(file, log, counts, signals, renderer) is { } code)
            {
                return code;
            }
        }

        metrics?.ServeUntil(signals.Token);
        return ExitCodes.Ok;
    }

    /// <summary>Why the files cannot be replayed, in one line; null when they can.</summary>
    private static string? Refused(IReadOnlyList<string> files) =>
        files.Select(LogPaths.WhyNotReplayable).FirstOrDefault(p => p is not null)
        ?? (files.Count(f => f == "-") > 1 ? "- (standard input) is given twice; it can be read once" : null);

    /// <summary>After the summary: the exit code and one line when the replay did not read the whole log (a damaged gzip, a signal); null when it did.</summary>
    private static int? Unfinished(string file, Stream log, LineCounts counts, Signals signals, Output.IMonitorRenderer renderer)
    {
        var gzip = log is ConcatenatedLogStream several ? several.Logs.OfType<GzipLogStream>().FirstOrDefault(g => g.Problem is not null) : log as GzipLogStream;
        if (gzip is { Problem: { } problem })
        {
            renderer.Flush(); // the summary first: the line below says what it covers
            Console.Error.WriteLine($"httpmonitor: replay: {file}: {problem}{(counts.Lines > 0 ? "; the summary covers the lines before it" : "")}");
            return ExitCodes.RuntimeFailure;
        }

        if (signals.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine("httpmonitor: replay interrupted; the summary covers the lines read so far");
            return ExitCodes.StoppedBy(signals.Received ?? PosixSignal.SIGINT);
        }

        return null;
    }

    /// <summary>
    /// The log to replay and the file under it (for the progress; none for several files), or null
    /// after one line saying why one cannot be opened.
    /// </summary>
    private static (Stream Log, Stream? Raw)? Open(IReadOnlyList<string> files)
    {
        var opened = new List<(Stream Log, Stream? Raw)>();
        foreach (string file in files)
        {
            try
            {
                opened.Add(LogStreams.OpenForReplay(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                opened.ForEach(s => s.Log.Dispose());
                Console.Error.WriteLine($"httpmonitor: replay: cannot open {file}: {e.Message}");
                return null;
            }
        }

        return opened.Count == 1 ? opened[0] : (new ConcatenatedLogStream([.. opened.Select(o => o.Log)]), null);
    }

}
