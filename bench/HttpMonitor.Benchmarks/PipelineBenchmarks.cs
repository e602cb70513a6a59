using System.Reactive;
using BenchmarkDotNet.Attributes;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Benchmarks;

/// <summary>
/// Per line, in memory: the whole replay (split, parse, clock, Rx pipeline on its own thread) of
/// 100,000 lines, windows and alerts included; and the reading thread's share alone (split, parse,
/// sum per second). One op = one line.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int LineCount = 100_000;
    private readonly MonitorOptions _options = new();
    private byte[] _log = [];

    [GlobalSetup]
    public void Setup() => _log = SampleLog.Bytes(LineCount);

    [Benchmark(OperationsPerInvoke = LineCount)]
    public long Replay()
    {
        long windows = 0;
        var counts = Core.Monitor.Replay.Run(new MemoryStream(_log, writable: false), _options,
            Observer.Create<MonitorEvent>(e => windows += e is WindowStats ? 1 : 0));
        return counts.Accepted + windows;
    }

    [Benchmark(OperationsPerInvoke = LineCount)]
    public long ReadingThread() => Phases.ReadingThread(new MemoryStream(_log, writable: false));
}
