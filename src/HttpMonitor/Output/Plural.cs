using System.Globalization;

namespace HttpMonitor.Output;

/// <summary>A count and its noun, in the singular for one: "1 hit", "1,204 hits", "1 entry", "3 entries".</summary>
internal static class Plural
{
    public static string Of(long count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
