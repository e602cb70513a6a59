using System.Text;
using HttpMonitor.Output;

namespace HttpMonitor.Tests.Output;

public sealed class TextFormatFitTests
{
    [Fact]
    public void Fit_ShortText_IsUnchanged() =>
        Assert.Equal("/api", TextFormat.Fit("/api", 4));

    [Fact]
    public void Fit_LongText_IsCutWithAnEllipsis() =>
        Assert.Equal("/api/u…", TextFormat.Fit("/api/users", 7));

    [Fact]
    public void Fit_CutAtASurrogatePair_KeepsThePairWhole() =>
        Assert.Equal("/😀…", TextFormat.Fit("/😀😀😀", 3));

    [Fact]
    public void Fit_CutAfterABaseLetter_KeepsItsCombiningMarks() =>
        Assert.Equal("/e\u0301\u0323…", TextFormat.Fit("/e\u0301\u0323xyz", 3));

    [Fact]
    public void Fit_ClustersThatFit_AreNotCut() =>
        Assert.Equal("/👍🏽e\u0301", TextFormat.Fit("/👍🏽e\u0301", 3));

    [Fact]
    public void Fit_AnyWidth_NeverLeavesALoneSurrogate()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        string text = string.Concat(Enumerable.Repeat("𝄞a", 20));

        for (int width = 1; width < 40; width++)
        {
            string fitted = TextFormat.Fit(text, width);
            var invalid = Record.Exception(() => strict.GetByteCount(fitted));
            Assert.True(invalid is null, $"width {width}: a lone surrogate in \"{fitted}\"");
        }
    }
}
