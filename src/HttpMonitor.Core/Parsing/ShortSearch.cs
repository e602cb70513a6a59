using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HttpMonitor.Core.Parsing;

/// <summary>
/// Finds a byte that is usually near: most fields of a log line end within 16 bytes (a status, a
/// size, an address, a method, a path's first segment). Those are found by one comparison of 16
/// bytes, inline, without the call and set-up of a span search; farther ones by the span search.
/// </summary>
internal static class ShortSearch
{
    /// <summary>The first <paramref name="value"/> in <paramref name="s"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(ReadOnlySpan<byte> s, byte value) => IndexOf(s, 0, value);

    /// <summary>The first <paramref name="value"/> in <paramref name="s"/> from <paramref name="from"/> on, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(ReadOnlySpan<byte> s, int from, byte value)
    {
        if (Vector128.IsHardwareAccelerated && s.Length - from >= Vector128<byte>.Count)
        {
            var bytes = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(s), (nuint)from); // within s: checked above
            uint found = Vector128.Equals(bytes, Vector128.Create(value)).ExtractMostSignificantBits();
            if (found != 0)
            {
                return from + BitOperations.TrailingZeroCount(found);
            }

            from += Vector128<byte>.Count;
        }

        int later = s[from..].IndexOf(value);
        return later < 0 ? -1 : from + later;
    }
}
