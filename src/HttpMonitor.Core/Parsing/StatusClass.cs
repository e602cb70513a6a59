using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>The one place that says which statuses are errors: 4xx = 400–499, 5xx = 500–599 (SEMANTICS).</summary>
public static class StatusClass
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is4xx(int status) => status is >= 400 and <= 499;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is5xx(int status) => status is >= 500 and <= 599;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsError(int status) => Is4xx(status) || Is5xx(status);
}
