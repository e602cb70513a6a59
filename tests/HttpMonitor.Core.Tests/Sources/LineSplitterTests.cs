using System.Text;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Tests.Sources;

public sealed class LineSplitterTests
{
    private sealed class Collect : ILineSink
    {
        public List<string> Lines { get; } = [];

        public void OnLine(ReadOnlySpan<byte> line) => Lines.Add(Encoding.UTF8.GetString(line));

        public void OnOverlongLine(ReadOnlySpan<byte> head) => Lines.Add($"OVERLONG({head.Length})");
    }

    private static List<string> Split(int maxLineBytes, params string[] chunks)
    {
        var sink = new Collect();
        var splitter = new LineSplitter(sink, maxLineBytes);
        foreach (string chunk in chunks)
        {
            splitter.Write(Encoding.UTF8.GetBytes(chunk));
        }

        splitter.Flush();
        return sink.Lines;
    }

    [Fact]
    public void Write_LinesCutAcrossChunks_AreJoined()
    {
        Assert.Equal(["abc", "def", "g"], Split(100, "ab", "c\nde", "f\ng"));
    }

    [Fact]
    public void Write_EmptyLines_AreLines()
    {
        Assert.Equal(["a", "", "b"], Split(100, "a\n\nb\n"));
    }

    [Fact]
    public void Write_LineOverTheLimit_IsReportedOnceAndSkippedToItsNewline()
    {
        Assert.Equal(["ok", "OVERLONG(10)", "next"], Split(10, "ok\n0123456789", "ABCDEF", "GHI\nnext\n"));
    }

    [Fact]
    public void Write_LineOverTheLimitInOneChunk_IsReportedOnce()
    {
        Assert.Equal(["OVERLONG(10)", "x"], Split(10, "0123456789ABCDEF\nx"));
    }

    [Fact]
    public void Write_LineExactlyAtTheLimit_IsALine()
    {
        Assert.Equal(["0123456789"], Split(10, "01234", "56789\n"));
    }

    [Fact]
    public void Write_EndlessLine_HoldsNoMoreThanTheLimit()
    {
        var sink = new Collect();
        var splitter = new LineSplitter(sink, 1024);
        for (int i = 0; i < 1000; i++)
        {
            splitter.Write(new byte[4096]);
            Assert.True(splitter.PendingBytes <= 1024);
        }

        Assert.Equal(["OVERLONG(1024)"], sink.Lines);
    }

    [Fact]
    public void Reset_ForgetsAHeldPartialLine()
    {
        var sink = new Collect();
        var splitter = new LineSplitter(sink);
        splitter.Write("partial"u8);
        splitter.Reset();
        splitter.Write("whole\n"u8);

        Assert.Equal(["whole"], sink.Lines);
    }
}
