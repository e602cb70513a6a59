using BenchmarkDotNet.Attributes;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Benchmarks;

/// <summary>The parser alone: ns per line and bytes allocated per line (divide the column by nothing: one op = one line).</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private const int LineCount = 100_000;
    private readonly LogLineParser _parser = new();
    private byte[] _log = [];
    private (int Start, int Length)[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _log = SampleLog.Bytes(LineCount);
        _lines = SampleLog.Lines(_log);
    }

    [Benchmark(OperationsPerInvoke = LineCount)]
    public int Parse()
    {
        int accepted = 0;
        foreach (var (start, length) in _lines)
        {
            accepted += _parser.ParseInPlace(_log.AsSpan(start, length), out _) == LineKind.Accepted ? 1 : 0;
        }

        return accepted;
    }
}
