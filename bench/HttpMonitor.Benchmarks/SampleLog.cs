using System.Text;
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
