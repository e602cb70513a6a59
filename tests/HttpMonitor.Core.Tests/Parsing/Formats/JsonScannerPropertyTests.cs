using System.Text;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Parsing.Json;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>
/// The json reader's scanner (its fast path) against its Utf8JsonReader path (the reference): the
/// same kind and the same fields, byte for byte, whatever the line.
/// </summary>
public sealed class JsonScannerPropertyTests
{
    private const int Cases = 30_000;

    [Fact]
    public void Parse_AnyLine_GivesWhatTheReaderGives()
    {
        var (format, reference) = (new JsonFormat(), new JsonFormat());
        var lines = new SomeJsonLines(new Random(15));
        for (int i = 0; i < Cases; i++)
        {
            byte[] line = lines.Line();
            string expected = Describe(reference.ParseWithReader(line, out var wanted), wanted);
            string actual = Describe(format.Parse(line, out var parsed), parsed);
            Assert.Equal((Latin1(line), expected), (Latin1(line), actual));
        }
    }

    [Fact]
    public void TryPick_LinesTheReaderAccepts_ReadsMostOfThem()
    {
        // Without this the property above would hold for a scanner that reads nothing.
        var reference = new JsonFormat();
        var lines = new SomeJsonLines(new Random(15));
        int accepted = 0, scanned = 0;
        for (int i = 0; i < Cases; i++)
        {
            byte[] line = lines.Line();
            if (reference.ParseWithReader(line, out _) == LineKind.Accepted)
            {
                accepted++;
                var picks = default(JsonPicks);
                scanned += JsonScanner.TryPick(line.AsSpan().TrimStart(" \t"u8), ref picks) ? 1 : 0;
            }
        }

        Assert.True(accepted > Cases / 5, $"{accepted} of {Cases} lines accepted");
        Assert.True(scanned > accepted / 2, $"{scanned} of the {accepted} accepted lines scanned");
    }

    /// <summary>The kind and every field; the timestamp with its offset, the texts as their bytes.</summary>
    private static string Describe(LineKind kind, ParsedLine p) => kind != LineKind.Accepted
        ? kind.ToString()
        : $"{kind} {p.Timestamp:O} host={Latin1(p.Host)} section={Latin1(p.Section)} path={Latin1(p.Path)} {p.Status} {p.Bytes} vhost={Latin1(p.Vhost)} {p.DurationMicros}";

    // One char per byte, so that bytes that are not UTF-8 still compare and show.
    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
