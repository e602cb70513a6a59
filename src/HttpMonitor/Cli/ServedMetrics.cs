using System.Reflection;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Cli;

/// <summary>
/// The metrics endpoint of a run, when <c>--listen</c> asks for one: the board the run's events are
/// folded into and the server that answers from it (docs/metrics.md).
/// </summary>
internal sealed class ServedMetrics : IDisposable
{
    private readonly MetricsServer _server;
    private readonly IDisposable? _feed;

    private ServedMetrics(MetricsBoard board, MetricsServer server, IDisposable? feed)
    {
        Board = board;
        _server = server;
        _feed = feed;
    }

    /// <summary>Where the run's events go; a live monitor's are fed to it already.</summary>
    public MetricsBoard Board { get; }

    /// <summary>Starts serving when <see cref="MonitorOptions.Listen"/> is set, said on standard error; null when it is not.</summary>
    /// <param name="live">The live monitor whose events, line counts and followed file are served; null for a replay.</param>
    /// <exception cref="ListenException">The address cannot be listened on: one line, and exit 2 (<see cref="CommandLine"/>), before anything is read.</exception>
    public static ServedMetrics? Start(MonitorOptions options, LiveMonitor? live)
    {
        if (options.Listen is null)
        {
            return null;
        }

        var board = new MetricsBoard(options.Top, live?.Counts);
        var endpoints = new MetricsEndpoints(board, TimeProvider.System, live, TimeSpan.FromSeconds(options.LiveTolerance), options.Top, Version);
        var server = MetricsServer.Start(ListenAddress.Parse(options.Listen), endpoints);
        Console.Error.WriteLine($"httpmonitor: serving metrics at http://{server.EndPoint}/metrics (and /api/state, /healthz)");
        return new ServedMetrics(board, server, live?.Events.Subscribe(board));
    }

    /// <summary>After a replay: its final state stays served until a signal, so it can be looked at.</summary>
    public void ServeUntil(CancellationToken stop)
    {
        Console.Error.WriteLine($"httpmonitor: replay: done; serving its final state at http://{_server.EndPoint}/metrics until Ctrl+C");
        stop.WaitHandle.WaitOne();
    }

    public void Dispose()
    {
        _feed?.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static string Version =>
        typeof(ServedMetrics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
