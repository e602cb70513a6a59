using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Support;

internal static class ScreenAssert
{
    /// <summary>Compares lines one by one, so that a failure names the first line that differs.</summary>
    public static void LinesEqual(IReadOnlyList<string> expected, IEnumerable<StyledLine> actual) =>
        LinesEqual(expected, actual.Select(l => l.ToString()).ToList());

    public static void LinesEqual(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"line {i}:\nexpected: «{expected[i]}»\nactual:   «{actual[i]}»");
        }

        Assert.True(expected.Count == actual.Count, $"expected {expected.Count} lines, got {actual.Count}:\n{string.Join("\n", actual)}");
    }
}
