using System.Text;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Tests.Collections;

public sealed class BoundedFieldTests
{
    [Fact]
    public void ShortField_IsKeptAsItIs()
    {
        byte[] path = Encoding.UTF8.GetBytes("/api/users/42");

        Assert.Equal(path, BoundedField.Of(path, new byte[BoundedField.MaxBytes]).ToArray());
    }

    [Fact]
    public void LongFields_AreBounded_TheirBeginningKept_AndTwoOfThemStayDistinct()
    {
        string a = "/a/" + new string('x', 60_000) + "1";
        string b = "/a/" + new string('x', 60_000) + "2";

        string shortA = Shortened(a);
        string shortB = Shortened(b);

        Assert.True(Encoding.UTF8.GetByteCount(shortA) <= BoundedField.MaxBytes);
        Assert.StartsWith("/a/xxxx", shortA, StringComparison.Ordinal);
        Assert.Contains("…#", shortA, StringComparison.Ordinal);
        Assert.NotEqual(shortA, shortB);
        Assert.Equal(shortA, Shortened(a)); // the same value always shortens alike
    }

    [Fact]
    public void LongField_IsNeverCutInsideACharacter()
    {
        string cafés = "/" + string.Concat(Enumerable.Repeat("café", 200));

        string shortened = Shortened(cafés);

        Assert.DoesNotContain('\uFFFD', shortened);
    }

    private static string Shortened(string value) =>
        Encoding.UTF8.GetString(BoundedField.Of(Encoding.UTF8.GetBytes(value), new byte[BoundedField.MaxBytes]));
}
