using System.Text;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Parsing;

public sealed class LineTextTests
{
    [Theory]
    [InlineData("GET / HTTP/1.1\" 200", 14)]
    [InlineData("say \\\"hi\\\"\" rest", 10)]
    [InlineData("ends in a backslash\\\\\" rest", 21)]
    [InlineData("escaped at the end\\\"", -1)]
    [InlineData("no quote at all", -1)]
    [InlineData("\"", 0)]
    [InlineData("", -1)]
    public void ClosingQuote_IsTheFirstQuoteNotEscaped(string value, int expected)
    {
        Assert.Equal(expected, LineText.ClosingQuote(Encoding.ASCII.GetBytes(value)));
    }

    [Theory]
    [InlineData("a\\\"", 2, true)]
    [InlineData("a\\\\\"", 3, false)]
    [InlineData("\"", 0, false)]
    public void IsEscaped_CountsTheBackslashesBefore(string value, int at, bool expected)
    {
        Assert.Equal(expected, LineText.IsEscaped(Encoding.ASCII.GetBytes(value), at));
    }
}
