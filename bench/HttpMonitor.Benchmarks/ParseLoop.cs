using System.Diagnostics;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Benchmarks;

/// <summary>
/// A format's reader alone on a log held in memory, round after round: the quickest round's ns
/// per line. A quick check while tuning a reader, where BenchmarkDotNet's run takes minutes; the
/// quickest round is the one the machine disturbed least.
/// </summary>
internal static class ParseLoop
{
    public static void Run(string file, string format, int rounds)
    {
        byte[] log = File.ReadAllBytes(file);
        var lines = SampleLog.Lines(log);
        var reader = LogFormats.Compile(format) ?? LogFormats.Detect(log.AsSpan(lines[0].Start, lines[0].Length))
            ?? throw new ArgumentException($"no format reads the first line of {file}");
        double best = double.MaxValue;
        int accepted = 0;
        for (int r = 0; r < rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            accepted = SampleLog.Accepted(reader, log, lines);
            best = Math.Min(best, clock.Elapsed.TotalNanoseconds / lines.Length);
        }

        Console.WriteLine($"{reader.Name}: {best:0.0} ns/line at best of {rounds} rounds, {accepted:N0} of {lines.Length:N0} lines accepted");
    }
}
