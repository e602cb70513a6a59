using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using HttpMonitor.Testing;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>
/// A .gz that is not whole is said, not replayed as if it were: one line naming the file and where it
/// broke, the summary of what was read, exit 1. Files made as logrotate and gzip make them.
/// </summary>
public sealed class GzipReplayTests
{
    private const long LogLines = 3456;

    private static readonly string Log = TestData.Path("nielsbasjes_hackers-access.log");

    [Fact]
    public void Replay_TruncatedGz_SaysWhereItEnds_SummaryOfWhatWasRead_Exit1()
    {
        byte[] whole = Gzip(File.ReadAllBytes(Log));
        string gz = Write("access.log.gz", whole[..(whole.Length * 4 / 5)]);

        var result = HttpMonitorProcess.Run(null, "replay", gz, "--output", "jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"httpmonitor: replay: {gz}: the gzip data ends before its end, at {whole.Length * 4 / 5:N0} bytes: the file is truncated; the summary covers the lines before it\n"),
            result.Stderr);
        Assert.InRange(SummaryLines(result), 1, LogLines - 1);
    }

    [Fact]
    public void Replay_BitFlippedGz_SaysItIsDamaged_SummaryOfWhatWasRead_Exit1()
    {
        byte[] gzip = Gzip(File.ReadAllBytes(Log));
        gzip[gzip.Length / 2] ^= 0x10;
        string gz = Write("access.log.gz", gzip);

        var result = HttpMonitorProcess.Run(null, "replay", gz, "--output", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var said = Regex.Match(result.Stderr, $"^httpmonitor: replay: {Regex.Escape(gz)}: the gzip data is damaged after ([0-9,]+) bytes; the summary covers the lines before it\n$");
        Assert.True(said.Success, result.Stderr);
        Assert.InRange(long.Parse(said.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), 10, gzip.Length);
        Assert.InRange(SummaryLines(result), 0, LogLines - 1);
    }

    [Fact]
    public void Replay_TextNamedGz_SaysItIsNotGzip_EmptySummary_Exit1()
    {
        string gz = Write("access.log.gz", File.ReadAllBytes(Log));

        var result = HttpMonitorProcess.Run(null, "replay", gz, "--output", "jsonl");

        Assert.Equal(
            (1, $"httpmonitor: replay: {gz}: this is not gzip data (a .gz file starts with the bytes 1f 8b): is it a plain log named .gz?\n", 0L),
            (result.ExitCode, result.Stderr, SummaryLines(result)));
    }

    [Fact]
    public void Replay_ConcatenatedGzMembers_ReplaysThemWhole()
    {
        // `cat a.gz b.gz > ab.gz`, as gzip, zcat and logrotate's appends allow.
        byte[] log = File.ReadAllBytes(Log);
        int half = Array.LastIndexOf(log, (byte)'\n', log.Length / 2) + 1;
        string gz = Write("access.log.gz", [.. Gzip(log[..half]), .. Gzip(log[half..])]);

        var plain = HttpMonitorProcess.Run(null, "replay", Log, "--output", "jsonl");
        var zipped = HttpMonitorProcess.Run(null, "replay", gz, "--output", "jsonl");

        Assert.Equal((0, "", plain.Stdout), (zipped.ExitCode, zipped.Stderr, zipped.Stdout));
    }

    private static long SummaryLines(HttpMonitorProcess.Result result)
    {
        var summary = JsonDocument.Parse(result.StdoutLines[^1]).RootElement;
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        return summary.GetProperty("lines").GetInt64();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return compressed.ToArray();
    }

    private static string Write(string name, byte[] content)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory().FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
