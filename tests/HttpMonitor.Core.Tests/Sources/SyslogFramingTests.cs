using System.Text;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Tests.Sources;

/// <summary>TCP syslog framing (RFC 6587): octet counting and newlines, across chunk boundaries, bounded.</summary>
public sealed class SyslogFramingTests
{
    private sealed class Collect : IFrameSink
    {
        public List<string> Frames { get; } = [];

        public void OnFrame(ReadOnlySpan<byte> frame) => Frames.Add(Encoding.UTF8.GetString(frame));

        public void OnBadFrame(ReadOnlySpan<byte> head) => Frames.Add($"BAD({Encoding.UTF8.GetString(head)})");
    }

    private static List<string> Frame(int max, params string[] chunks)
    {
        var sink = new Collect();
        var framing = new SyslogFraming(sink, max);
        foreach (string chunk in chunks)
        {
            framing.Write(Encoding.UTF8.GetBytes(chunk));
        }

        framing.Flush();
        return sink.Frames;
    }

    [Fact]
    public void Framing_Newlines_OneMessagePerLine() =>
        Assert.Equal(["<1>a", "<1>b", "<1>c"], Frame(100, "<1>a\n<1>b\n\n<1>", "c"));

    [Fact]
    public void Framing_OctetCounting_KeepsNewlinesInsideTheMessage() =>
        Assert.Equal(["<1>a\nb", "<1>c"], Frame(100, "6 <1>a\nb4 <1>c"));

    [Fact]
    public void Framing_OctetCountingSplitAnywhere_GivesTheSameMessages()
    {
        const string stream = "10 <1>abcdefg12 <1>hijklmnop\n<1>qr\n";
        for (int cut = 1; cut < stream.Length; cut++)
        {
            Assert.Equal(["<1>abcdefg", "<1>hijklmnop", "<1>qr"], Frame(100, stream[..cut], stream[cut..]));
        }
    }

    [Fact]
    public void Framing_CountOverTheLimit_IsBadAndSkipped() =>
        Assert.Equal(["BAD(<1>abcdefghij)", "<1>x"], Frame(8, "13 <1>abcdefghij<1>x\n"));

    [Fact]
    public void Framing_LineOverTheLimit_IsBadAndSkippedToItsNewline() =>
        Assert.Equal(["BAD(<1>abc)", "<1>x"], Frame(6, "<1>abc", "defghij\n<1>x\n"));

    [Fact]
    public void Framing_DigitsWithoutSpace_AreBadToTheirNewline() =>
        Assert.Equal(["BAD(12x)", "<1>y"], Frame(100, "12x junk\n<1>y\n"));

    [Fact]
    public void Framing_CountedFrameCutByTheEnd_IsBad() =>
        Assert.Equal(["BAD(<1>ab)"], Frame(100, "9 <1>ab"));
}
