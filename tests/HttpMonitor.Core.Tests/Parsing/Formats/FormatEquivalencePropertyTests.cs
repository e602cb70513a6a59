using CsCheck;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>A request written in any format reads back as the same fields: instant, client, section, path, status, bytes, and vhost and duration where the format has them.</summary>
public sealed class FormatEquivalencePropertyTests
{
    [Fact]
    public void AnyRequest_InEveryFormat_ReadsBackAsItsFields()
    {
        Gen.Int.Sample(seed =>
        {
            // Readers are not thread-safe and CsCheck samples in parallel: each sample has its own.
            foreach (var (writer, format) in RequestLines.All.Select(w => (w, Reader(w))))
            {
                foreach (var r in SomeRequests.Random(new Random(seed), max: 20))
                {
                    var expected = new LogEntry(r.Time, r.Client, Section(r.Path), r.Path, r.Status, r.Bytes,
                        writer.HasVhost ? r.Vhost : "", writer.HasDuration ? r.DurationMicros : -1);
                    Assert.Equal((writer.Format, expected), (writer.Format, format.Accepted(writer.Write(r))));
                }
            }
        }, iter: 300);
    }

    /// <summary>A reader of the writer's format that has read the format's header.</summary>
    private static ILogFormat Reader(RequestLines.Writer writer)
    {
        var format = ParserExtensions.Format(writer.Format);
        foreach (string header in writer.Header.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            format.KindOf(header);
        }

        return format;
    }

    private static string Section(string path) => path == "/" ? "/" : "/" + path.Split('/')[1];
}
