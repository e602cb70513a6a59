using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Sample data for tests: log lines, entries and the real logs of tests/data.</summary>
public static partial class Some
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A Combined line at <paramref name="time"/>, written with its offset as a server would.</summary>
    public static string Line(DateTimeOffset time, string target = "/pages/x", int status = 200, string bytes = "100") =>
        string.Create(CultureInfo.InvariantCulture,
            $"10.0.0.1 - - [{time:dd/MMM/yyyy:HH:mm:ss} {(time.Offset < TimeSpan.Zero ? '-' : '+')}{time.Offset:hhmm}] \"GET {target} HTTP/1.1\" {status} {bytes} \"-\" \"test\"");

    public static string Line(int secondsAfterStart, string target = "/pages/x", int status = 200) =>
        Line(Start.AddSeconds(secondsAfterStart), target, status);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A valid Common Log Format line whose path carries <paramref name="seq"/>, without its newline.</summary>
    public static string SequencedLine(int seq) =>
        $"10.0.0.{seq % 250} - - [23/Nov/2026:22:00:{seq % 60:00} +0000] \"GET /s{seq % 7}/{seq} HTTP/1.1\" 200 {seq}";

    /// <summary>Lines <paramref name="from"/> to <paramref name="from"/>+<paramref name="count"/>-1, each with its '\n'.</summary>
    public static string SequencedLines(int from, int count, string newline = "\n") =>
        string.Concat(Enumerable.Range(from, count).Select(i => SequencedLine(i) + newline));

    public static int SequenceOf(string line) =>
        int.Parse(SequencePattern().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"""GET /s\d/(\d+) ")]
    private static partial Regex SequencePattern();
}
