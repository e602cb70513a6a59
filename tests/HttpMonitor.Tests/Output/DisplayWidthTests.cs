using HttpMonitor.Output;

namespace HttpMonitor.Tests.Output;

public sealed class DisplayWidthTests
{
    [Theory]
    [InlineData("/api", 4)]
    [InlineData("/日本語", 7)]
    [InlineData("/😀", 3)]
    [InlineData("/e\u0301", 2)]
    public void Of_Text_IsItsTerminalColumns(string text, int columns) =>
        Assert.Equal(columns, DisplayWidth.Of(text));

    [Fact]
    public void Fit_WideLetters_CutToTheColumnsWithAnEllipsis() =>
        Assert.Equal("/日本…", DisplayWidth.Fit("/日本語です", 6));

    [Fact]
    public void FitMiddle_LongPath_KeepsItsStartAndEnd() =>
        Assert.Equal("/static/…/app.min.js", DisplayWidth.FitMiddle("/static/js/vendor/2026/app.min.js", 20));

    [Fact]
    public void FitMiddle_ShortPath_IsUnchanged() =>
        Assert.Equal("/api/users", DisplayWidth.FitMiddle("/api/users", 10));

    [Fact]
    public void PadRight_WideLetters_PadsToTheColumns() =>
        Assert.Equal("/日本  ", DisplayWidth.PadRight("/日本", 7));
}
