using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Parsing.Json;
using LogGen;

namespace HttpMonitor.Benchmarks;

/// <summary>
/// Each format's reader alone, on the same generated requests written in that format
/// (LogGen --format): ns per line and bytes allocated per line (one op = one line). Beside it for
/// JSON: the json reader without its scanner (Utf8JsonReader only, the reference it is held to),
/// and Utf8JsonReader reading every token of the line, that path's floor.
/// </summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private const int LineCount = 100_000;
    private byte[] _log = [];
    private (int Start, int Length)[] _lines = [];
    private ILogFormat _format = null!;
    private readonly JsonFormat _json = new();

    [Params("combined", "nginx", "apache", "json", "w3c", "alb")]
    public string Format { get; set; } = "combined";

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringWriter { NewLine = "\n" };
        new LogWriter(new Random(1), rate: 200, malformedPerMille: 0, Format).Write(text, LineCount);
        _log = Encoding.UTF8.GetBytes(text.ToString());
        _lines = SampleLog.Lines(_log);
        _format = LogFormats.Compile(LineFormats.ReadAs[Format])!;
    }

    [Benchmark(OperationsPerInvoke = LineCount)]
    public int Parse() => SampleLog.Accepted(_format, _log, _lines);

    /// <summary>The json reader with Utf8JsonReader alone (lines of other formats are rejected at their first byte).</summary>
    [Benchmark(OperationsPerInvoke = LineCount)]
    public int JsonReaderOnly()
    {
        int accepted = 0;
        foreach (var (start, length) in _lines)
        {
            accepted += _json.ParseWithReader(_log.AsSpan(start, length), out _) == LineKind.Accepted ? 1 : 0;
        }

        return accepted;
    }

    [Benchmark(OperationsPerInvoke = LineCount)]
    public int JsonTokensOnly()
    {
        int tokens = 0;
        foreach (var (start, length) in _lines)
        {
            var line = _log.AsSpan(start, length);
            if (line.IsEmpty || line[0] != (byte)'{')
            {
                continue;
            }

            var reader = new Utf8JsonReader(line);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }
}
