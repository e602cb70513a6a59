using System.Globalization;
using System.Text;
using CsCheck;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing;

/// <summary>Properties of the parser over generated input (CsCheck: random, shrinking, reproducible by seed).</summary>
public sealed class LogLineParserPropertyTests
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    [Fact]
    public void Parse_AnyBytes_NeverThrows_AndBlankIsOnlyWhitespace()
    {
        var parser = new LogLineParser();
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var kind = parser.Parse(bytes, out _);
            // One trailing '\r' is dropped (SEMANTICS), not all: "\r\r" is a line of one '\r', rejected.
            var line = bytes.AsSpan();
            line = line.EndsWith((byte)'\r') ? line[..^1] : line;
            bool whitespace = line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;
            return (kind == LineKind.Blank) == whitespace;
        }, iter: 20_000);
    }

    private static Gen<string> OneOf(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<(string Host, DateTimeOffset Time, string Path, string Query, int Status, long Bytes)> ValidLine =
        Gen.Select(
            OneOf("10.0.0.1", "::1", "2001:db8::5", "host.example.org", "-"),
            Gen.DateTime[new DateTime(1995, 1, 1), new DateTime(2040, 12, 31)],
            Gen.Int[-12 * 60, 14 * 60],
            Gen.String[Gen.Char["abcXYZ019-_.~%"], 0, 12].Array[0, 4],
            OneOf("", "?x=1", "?a=/b/c", "#frag"),
            Gen.Int[100, 599],
            Gen.Long[0, 10_000_000_000])
        .Select((host, time, offsetMinutes, segments, query, status, bytes) =>
        {
            var at = new DateTimeOffset(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.FromMinutes(offsetMinutes / 15 * 15));
            return (host, at, "/" + string.Join('/', segments), query, status, bytes);
        });

    [Fact]
    public void Parse_GeneratedValidLine_RoundTripsToItsFields()
    {
        var parser = new LogLineParser();
        ValidLine.Sample(l =>
        {
            var o = l.Time.Offset;
            string line = string.Create(CultureInfo.InvariantCulture,
                $"{l.Host} - - [{l.Time.Day:00}/{Months[l.Time.Month - 1]}/{l.Time.Year:0000}:{l.Time:HH:mm:ss} {(o < TimeSpan.Zero ? '-' : '+')}{Math.Abs(o.Hours):00}{Math.Abs(o.Minutes):00}] \"GET {l.Path}{l.Query} HTTP/1.1\" {l.Status} {l.Bytes} \"-\" \"ua\"");
            var kind = parser.ParseEntry(Encoding.UTF8.GetBytes(line), out var e);
            int slash = l.Path.IndexOf('/', 1);
            string section = slash < 0 ? l.Path : l.Path[..slash];
            return kind == LineKind.Accepted && e.Timestamp == l.Time && e.Host == l.Host && e.Path == l.Path
                && e.Section == section && e.Status == l.Status && e.Bytes == l.Bytes;
        }, iter: 5_000);
    }
}
