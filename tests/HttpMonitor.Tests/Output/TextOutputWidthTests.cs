using HttpMonitor.Output;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Output;

public sealed class TextOutputWidthTests
{
    [Theory]
    [InlineData("/日本語")]
    [InlineData("/😀")]
    [InlineData("/cafe\u0301")]
    [InlineData("/とても長い日本語のパスがここにあります")]
    public void Window_WidePathInASection_HitsColumnStaysAligned(string section)
    {
        var window = Some.Window(0, Some.Section("/api", 3), Some.Section(section, 2));

        var lines = TextFormat.Window(window, top: 10).ToList();

        // Header, then /api, then the wide section: "hits" and both counts end in the same column.
        int hitsEnd = DisplayWidth.Of(lines[1][..(lines[1].IndexOf("hits", StringComparison.Ordinal) + 4)]);
        Assert.Equal(hitsEnd, DisplayWidth.Of(lines[2][..(lines[2].IndexOf('3') + 1)]));
        Assert.Equal(hitsEnd, DisplayWidth.Of(lines[3][..(lines[3].IndexOf(" 2 ", StringComparison.Ordinal) + 2)]));
    }
}
