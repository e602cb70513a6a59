using HttpMonitor.Core.Metrics;

namespace HttpMonitor.Core.Tests.Metrics;

public sealed class ExpositionWriterTests
{
    [Fact]
    public void Sample_LabelWithQuoteBackslashAndNewline_IsEscaped()
    {
        var w = new ExpositionWriter();

        w.Sample("m_total", 3, ("section", "/a\"b\\c\nd"));

        Assert.Equal("m_total{section=\"/a\\\"b\\\\c\\nd\"} 3\n", w.ToString());
    }

    [Fact]
    public void Family_HelpWithBackslashAndNewline_IsEscapedAndTypeFollows()
    {
        var w = new ExpositionWriter();

        w.Family("m_total", "counter", "a\\b\nc");

        Assert.Equal("# HELP m_total a\\\\b\\nc\n# TYPE m_total counter\n", w.ToString());
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(0.005, "0.005")]
    [InlineData(2.5, "2.5")]
    [InlineData(1e-7, "1E-07")]
    public void Number_IsInvariantAndReadsBack(double value, string expected)
    {
        Assert.Equal(expected, ExpositionWriter.Number(value));
    }

    [Fact]
    public void Sample_SeveralLabels_AreCommaSeparatedInOrder()
    {
        var w = new ExpositionWriter();

        w.Sample("m", 1, ("a", "x"), ("b", "y"));

        Assert.Equal("m{a=\"x\",b=\"y\"} 1\n", w.ToString());
    }
}
