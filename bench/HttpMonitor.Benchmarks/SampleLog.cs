using System.Text;
using HttpMonitor.Core.Parsing;
using LogGen;

namespace HttpMonitor.Benchmarks;

/// <summary>A generated log held in memory, so that benchmarks measure CPU, not the disk.</summary>
internal static class SampleLog
{
    public static byte[] Bytes(int lines, int seed = 1)
    {
        var text = new StringWriter { NewLine = "\n" };
        new LogWriter(new Random(seed), rate: 200, malformedPerMille: 0).Write(text, lines);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>How many of <paramref name="lines"/> (ranges of <paramref name="log"/>) <paramref name="format"/> accepts, read one after the other.</summary>
    public static int Accepted(ILogFormat format, byte[] log, (int Start, int Length)[] lines)
    {
        int accepted = 0;
        foreach (var (start, length) in lines)
        {
            accepted += format.Parse(log.AsSpan(start, length), out _) == LineKind.Accepted ? 1 : 0;
        }

        return accepted;
    }

    /// <summary>The lines of <paramref name="log"/> as (offset, length) pairs, without their newline.</summary>
    public static (int Start, int Length)[] Lines(byte[] log)
    {
        var lines = new List<(int, int)>();
        for (int start = 0; start < log.Length;)
        {
            int end = Array.IndexOf(log, (byte)'\n', start);
            end = end < 0 ? log.Length : end;
            lines.Add((start, end - start));
            start = end + 1;
        }

        return [.. lines];
    }
}
