using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// A <see cref="LiveMonitor"/> over real inputs (files, standard input, a syslog port), its wall
/// clock a virtual one an hour after <see cref="Some.Start"/> that never moves by itself: the lines'
/// own stamps drive the clock, and stopping closes the open second.
/// </summary>
public sealed class LiveRun : IAsyncDisposable
{
    private static readonly MonitorOptions Defaults = new() { LogFormat = LogFormats.Combined, StatisticsInterval = 10 };
    private readonly List<MonitorEvent> _events = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly IDisposable _subscription;

    public LiveRun(IReadOnlyList<string> logs, MonitorOptions? options = null, Func<Stream>? standardInput = null)
    {
        var wall = new WallClock();
        wall.AdvanceTo(Timeline.Seconds(3600));
        Monitor = new LiveMonitor([.. logs.Select(LogSpec.Parse)], options ?? Defaults, wall, TimeProvider.System, fromStart: true, standardInput: standardInput);
        _subscription = Monitor.Events.Subscribe(e =>
        {
            lock (_events)
            {
                _events.Add(e);
            }
        });
        Running = Task.Run(() => Monitor.RunAsync(_stop.Token));
    }

    public static MonitorOptions Options => Defaults;

    public LiveMonitor Monitor { get; }

    public Task Running { get; }

    public LineCounts Counts => Monitor.Counts;

    public Task Accepted(long lines) => Eventually.True(() => Counts.Accepted == lines, $"{lines} lines accepted (now {Counts.Accepted})");

    /// <summary>Stops the run and returns everything it reported.</summary>
    public async Task<IReadOnlyList<MonitorEvent>> StopAsync()
    {
        await _stop.CancelAsync();
        await Running.WaitAsync(Eventually.DefaultTimeout);
        lock (_events)
        {
            return [.. _events];
        }
    }

    /// <summary>Hits per source, summed over the windows.</summary>
    public static Dictionary<string, long> SourceHits(IEnumerable<MonitorEvent> events) =>
        events.OfType<WindowStats>().SelectMany(w => w.Sources).GroupBy(s => s.Source).ToDictionary(g => g.Key, g => g.Sum(s => s.Hits));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Running.WaitAsync(Eventually.DefaultTimeout).ContinueWith(_ => { }, TaskScheduler.Default);
        _subscription.Dispose();
        Monitor.Dispose();
        _stop.Dispose();
    }
}
