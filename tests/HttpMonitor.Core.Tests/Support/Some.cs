using System.Globalization;
using System.Text.RegularExpressions;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Sample data shared by the tests.</summary>
public static partial class Some
{
    /// <summary>A valid Common Log Format line whose path carries <paramref name="seq"/>, without its newline.</summary>
    public static string Line(int seq) =>
        $"10.0.0.{seq % 250} - - [23/Nov/2026:22:00:{seq % 60:00} +0000] \"GET /s{seq % 7}/{seq} HTTP/1.1\" 200 {seq}";

    /// <summary>Lines <paramref name="from"/> to <paramref name="from"/>+<paramref name="count"/>-1, each with its '\n'.</summary>
    public static string Lines(int from, int count, string newline = "\n") =>
        string.Concat(Enumerable.Range(from, count).Select(i => Line(i) + newline));

    public static int SequenceOf(string line) =>
        int.Parse(SequencePattern().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"""GET /s\d/(\d+) ")]
    private static partial Regex SequencePattern();
}
