using System.Globalization;
using System.IO.Compression;
using System.Text;
using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Sources;

/// <summary>
/// A .gz replay reads what gzip would, member by member, and says when the file is not whole
/// instead of passing it off as whole. Real files, opened as a replay opens them.
/// </summary>
public sealed class GzipLogStreamTests : IDisposable
{
    private static readonly string Log = LogOf(20_000); // about 1.5 MB: many slices and buffers

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_OneMember_GivesTheWholeLog()
    {
        var (read, problem) = Replay(Gzip(Log));

        Assert.Equal((Log, null), (read, problem));
    }

    [Fact]
    public void Read_ConcatenatedMembers_GivesThemAllInOrder()
    {
        // `cat a.gz b.gz`, an empty member between them, and many small members past the buffer's size.
        string[] parts = [Log[..1000], "", Log[1000..500_000], .. Enumerable.Range(0, 200).Select(i => Log[(500_000 + (i * 100))..(500_000 + ((i + 1) * 100))]), Log[520_000..]];

        var (read, problem) = Replay([.. parts.SelectMany(Gzip)]);

        Assert.Equal((Log, null), (read, problem));
    }

    [Fact]
    public void Read_HeaderWithNameExtraCommentAndHeaderCrc_GivesTheWholeLog()
    {
        byte[] gzip = Gzip(Log);
        byte[] fields = [6, 0, (byte)'A', (byte)'B', 2, 0, 1, 2, .. "access.log\0"u8, .. "rotated\0"u8, 0xAB, 0xCD];
        byte[] header = [.. gzip[..10]];
        header[3] = 0x02 | 0x04 | 0x08 | 0x10; // FHCRC, FEXTRA, FNAME, FCOMMENT

        var (read, problem) = Replay([.. header, .. fields, .. gzip[10..]]);

        Assert.Equal((Log, null), (read, problem));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void Read_TruncatedInTheData_GivesWhatItHolds_AndSaysItIsTruncated(double kept)
    {
        byte[] gzip = Gzip(Log);
        int length = (int)(gzip.Length * kept);

        var (read, problem) = Replay(gzip[..length]);

        Assert.Equal(Log[..read.Length], read);
        Assert.True(read.Length < Log.Length, "the whole log");
        Assert.Equal(Truncated(length), problem);
    }

    [Theory]
    [InlineData(3)] // in the length
    [InlineData(8)] // the whole trailer
    public void Read_TruncatedInTheTrailer_GivesTheLog_AndSaysItIsTruncated(int cut)
    {
        byte[] gzip = Gzip(Log);

        var (read, problem) = Replay(gzip[..^cut]);

        Assert.Equal(Log[..read.Length], read);
        Assert.Equal(cut < 5 ? Truncated(gzip.Length - cut) : Damaged(gzip.Length - cut), problem); // before the CRC's end the cut cannot be told from damage
    }

    [Fact]
    public void Read_TruncatedInTheSecondMember_GivesTheFirst_AndSaysItIsTruncated()
    {
        byte[] first = Gzip(Log[..1000]), second = Gzip(Log[1000..]);

        var (read, problem) = Replay([.. first, .. second[..(second.Length / 2)]]);

        Assert.Equal(Log[..read.Length], read);
        Assert.InRange(read.Length, 1000, Log.Length - 1);
        Assert.Equal(Truncated(first.Length + (second.Length / 2)), problem);
    }

    [Fact]
    public void Read_EmptyFile_SaysItIsTruncated()
    {
        Assert.Equal(("", Truncated(0)), Replay([]));
    }

    [Fact]
    public void Read_BitFlippedInTheData_SaysItIsDamaged()
    {
        byte[] gzip = Gzip(Log);
        gzip[gzip.Length / 2] ^= 0x10;

        var (_, problem) = Replay(gzip);

        Assert.StartsWith("the gzip data is damaged after ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BitFlippedInTheCrc_GivesTheLog_AndSaysItIsDamaged()
    {
        byte[] gzip = Gzip(Log);
        gzip[^6] ^= 0x01;

        var (read, problem) = Replay(gzip);

        Assert.Equal((Log, Damaged(gzip.Length)), (read, problem));
    }

    [Fact]
    public void Read_PlainTextNamedGz_SaysItIsNotGzip()
    {
        var (read, problem) = Replay(Encoding.ASCII.GetBytes(Log));

        Assert.Equal(("", "this is not gzip data (a .gz file starts with the bytes 1f 8b): is it a plain log named .gz?"), (read, problem));
    }

    [Fact]
    public void Read_SomethingElseAfterAMember_GivesTheMember_AndSaysItIsDamaged()
    {
        byte[] gzip = Gzip(Log);

        var (read, problem) = Replay([.. gzip, .. "garbage"u8]);

        Assert.Equal((Log, Damaged(gzip.Length + 2)), (read, problem)); // found at its second byte
    }

    /// <summary>Writes <paramref name="file"/> as access.log.gz and reads it as a replay does.</summary>
    /// <returns>The log read, and the stream's <see cref="GzipLogStream.Problem"/>.</returns>
    private (string Read, string? Problem) Replay(byte[] file)
    {
        string path = _dir.File("access.log.gz");
        File.WriteAllBytes(path, file);
        var (log, _) = LogStreams.OpenForReplay(path);
        using (log)
        {
            using var read = new MemoryStream();
            log.CopyTo(read);
            return (Encoding.ASCII.GetString(read.ToArray()), Assert.IsType<GzipLogStream>(log).Problem);
        }
    }

    private static string Truncated(long at) =>
        string.Create(CultureInfo.InvariantCulture, $"the gzip data ends before its end, at {at:N0} bytes: the file is truncated");

    private static string Damaged(long after) =>
        string.Create(CultureInfo.InvariantCulture, $"the gzip data is damaged after {after:N0} bytes");

    private static byte[] Gzip(string log)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.ASCII.GetBytes(log));
        }

        return compressed.ToArray();
    }

    private static string LogOf(int lines)
    {
        var text = new StringBuilder();
        var start = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        for (int i = 0; i < lines; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"10.0.{i % 7}.{i % 251} - - [{start.AddSeconds(i / 3):dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /api/{i % 13}/{i * 7919 % 10007} HTTP/1.1\" {(i % 17 == 0 ? 500 : 200)} {i * 31 % 9000}\n");
        }

        return text.ToString();
    }
}
