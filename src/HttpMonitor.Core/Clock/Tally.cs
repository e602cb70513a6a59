using System.Runtime.CompilerServices;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Hits, 4xx, 5xx and bytes: what every level counts (a second, a section, a window, an alert's
/// window, since start). Sums with <c>+</c>; a sliding sum takes the leaving second off with <c>-</c>.
/// </summary>
public readonly record struct Tally(long Hits, long Errors4xx, long Errors5xx, long Bytes)
{
    public long Errors => Errors4xx + Errors5xx;

    /// <summary>This tally and one more hit of <paramref name="status"/> and <paramref name="bytes"/>.</summary>
    /// <remarks>Inlined: it runs up to three times a line, and left to the compiler it stayed a call, 1.7% of a nginx replay.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Tally Add(int status, long bytes) => new(
        Hits + 1,
        Errors4xx + (StatusClass.Is4xx(status) ? 1 : 0),
        Errors5xx + (StatusClass.Is5xx(status) ? 1 : 0),
        Bytes + bytes);

    public static Tally operator +(Tally a, Tally b) =>
        new(a.Hits + b.Hits, a.Errors4xx + b.Errors4xx, a.Errors5xx + b.Errors5xx, a.Bytes + b.Bytes);

    public static Tally operator -(Tally a, Tally b) =>
        new(a.Hits - b.Hits, a.Errors4xx - b.Errors4xx, a.Errors5xx - b.Errors5xx, a.Bytes - b.Bytes);
}
