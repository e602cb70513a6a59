using System.Globalization;
using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Collections;

/// <summary>
/// A field of a log line as it is kept past its line (a section, a path, a client): at most
/// <see cref="MaxBytes"/> bytes, so that what the monitor holds per window is bounded in bytes,
/// not only in entries. A longer field is kept as its first bytes (cut between characters), "…#"
/// and the hex of its hash: distinct long values stay distinct, and a person still reads where
/// they begin.
/// </summary>
internal static class BoundedField
{
    public const int MaxBytes = 256;

    private const int HashDigits = 16;
    private static ReadOnlySpan<byte> Mark => "…#"u8;

    /// <summary><paramref name="value"/> itself when short enough, else its bounded form written into <paramref name="scratch"/> (<see cref="MaxBytes"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Of(ReadOnlySpan<byte> value, Span<byte> scratch) =>
        value.Length <= MaxBytes ? value : Shorten(value, scratch);

    private static ReadOnlySpan<byte> Shorten(ReadOnlySpan<byte> value, Span<byte> scratch)
    {
        int keep = MaxBytes - Mark.Length - HashDigits;
        while (keep > 0 && (value[keep] & 0xC0) == 0x80)
        {
            keep--; // never inside a UTF-8 sequence
        }

        value[..keep].CopyTo(scratch);
        Mark.CopyTo(scratch[keep..]);
        Utf8Hash.Of(value).TryFormat(scratch[(keep + Mark.Length)..], out int written, "x16", CultureInfo.InvariantCulture);
        return scratch[..(keep + Mark.Length + written)];
    }
}
