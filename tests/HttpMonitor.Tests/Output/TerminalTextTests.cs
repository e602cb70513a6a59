using HttpMonitor.Output;

namespace HttpMonitor.Tests.Output;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("/\e[2J", @"/\x1b[2J")]
    [InlineData("\e]52;c;aGk=\a", @"\x1b]52;c;aGk=\x07")]
    [InlineData("/x\u009b", @"/x\x9b")]
    public void Escape_ControlCharacters_BecomeVisibleByteEscapes(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Theory]
    [InlineData("/admin\u202e/gpj.exe", @"/admin\u202e/gpj.exe")]
    [InlineData("\u202a\u202b\u202c\u202d", @"\u202a\u202b\u202c\u202d")]
    [InlineData("a\u2066b\u2067c\u2068d\u2069", @"a\u2066b\u2067c\u2068d\u2069")]
    [InlineData("\u200e\u200f\u061c", @"\u200e\u200f\u061c")]
    public void Escape_BidiControls_BecomeVisibleUnicodeEscapes(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Theory]
    [InlineData("/ad\u200bmin", @"/ad\u200bmin")]
    [InlineData("\u200c\u200d\u2060\ufeff", @"\u200c\u200d\u2060\ufeff")]
    public void Escape_ZeroWidthCharacters_BecomeVisibleUnicodeEscapes(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Theory]
    [InlineData("/api/users")]
    [InlineData("/café/naïve")]
    [InlineData("/日本語/😀")]
    [InlineData("/מבחן/اختبار")]
    public void Escape_PrintableText_IsUnchanged(string text) =>
        Assert.Same(text, TerminalText.Escape(text));
}
