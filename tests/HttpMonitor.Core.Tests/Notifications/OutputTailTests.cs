using System.Diagnostics;
using System.Text;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Tests.Notifications;

public sealed class OutputTailTests
{
    private static async Task<OutputTail> TailOf(string text, int capacity)
    {
        var tail = new OutputTail(capacity);
        await tail.ReadToEndAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None);
        return tail;
    }

    [Fact]
    public async Task OutputTail_ProcessWritingMuch_KeepsOnlyItsLastBytes()
    {
        const long written = 64L * 1024 * 1024;
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, ArgumentList = { "-c", $"head -c {written} /dev/zero; printf 'the end'" } };
        using var process = Process.Start(start)!;
        var tail = new OutputTail(4096);

        await tail.ReadToEndAsync(process.StandardOutput.BaseStream, CancellationToken.None);

        byte[] kept = tail.Kept();
        Assert.Equal((written + 7, 4096), (tail.Total, kept.Length));
        Assert.Equal([.. new byte[4089], .. "the end"u8.ToArray()], kept);
    }

    [Fact]
    public async Task LastLine_LinesEndingInBlanks_IsTheLastNonBlankOneTrimmed() =>
        Assert.Equal("pager down", (await TailOf("starting\n  pager down \n\n \n", 100)).LastLine());

    [Fact]
    public async Task LastLine_BeginningDropped_IsMarkedCut() =>
        Assert.Equal("…6789", (await TailOf("0123456789", 4)).LastLine());

    [Fact]
    public async Task LastLine_CutInsideAMultiByteCharacter_ShowsNoHalfCharacter() =>
        Assert.Equal("…x", (await TailOf("éééx", 2)).LastLine());

    [Fact]
    public async Task LastLine_NothingWritten_IsEmpty() =>
        Assert.Equal("", (await TailOf("", 100)).LastLine());
}
