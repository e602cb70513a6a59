using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Tests.Options;

public sealed class EnvironmentReferencesTests
{
    private static string? Lookup(string name) => name switch
    {
        "TOKEN" => "abc",
        "EMPTY" => "",
        _ => null,
    };

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Bearer ${TOKEN}", "Bearer abc")]
    [InlineData("${TOKEN}${TOKEN}", "abcabc")]
    [InlineData("[${EMPTY}]", "[]")]
    [InlineData("$${TOKEN}", "${TOKEN}")]
    [InlineData("cost $5", "cost $5")]
    public void TryExpand_References_AreReplaced(string text, string expected)
    {
        Assert.True(EnvironmentReferences.TryExpand(text, Lookup, out string expanded, out _));
        Assert.Equal(expected, expanded);
    }

    [Theory]
    [InlineData("${TOKEN}", true)]
    [InlineData("Bearer ${TOKEN}", true)]
    [InlineData("$$${TOKEN}", false)]
    [InlineData("a$${b} ${TOKEN}", true)]
    [InlineData("plain", false)]
    [InlineData("$${TOKEN}", false)]
    [InlineData("cost $5", false)]
    public void Refers_TellsAReferenceFromALiteral(string text, bool refers)
    {
        Assert.Equal(refers, EnvironmentReferences.Refers(text));
    }

    [Theory]
    [InlineData("${MISSING}", "environment variable MISSING is not set")]
    [InlineData("${TOKEN", "has a bad reference at position 1")]
    [InlineData("x${1A}", "has a bad reference at position 2")]
    public void TryExpand_BadReference_SaysWhy(string text, string problem)
    {
        Assert.False(EnvironmentReferences.TryExpand(text, Lookup, out _, out string? why));
        Assert.Contains(problem, why);
    }
}
