using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// Where a line's string contents stop: its '"', '\', and control bytes (below 0x20), found 64
/// bytes at a time with vector compares into a bit mask, each block once, as the scanner moves
/// forward. A line of ~360 bytes holds ~45 of them: one vectorized search per string (IndexOfAny)
/// cost more than the rest of the scan (its setup on every call, for strings of a few bytes).
/// </summary>
internal ref struct StringStops
{
    private const int Block = 64;
    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    private readonly ReadOnlySpan<byte> _line;

    // The block being read: where it starts in the line, and its stops not yet passed.
    private int _start = -Block;
    private ulong _stops;

    public StringStops(ReadOnlySpan<byte> line) => _line = line;

    /// <summary>
    /// The closing quote of the string whose content starts at <paramref name="from"/>, past its
    /// escapes (then <paramref name="escaped"/>); -1 when the string has a control byte or an escape
    /// the reader rejects, or is not closed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Close(int from, out bool escaped)
    {
        escaped = false;
        int at = Next(from);
        while (at >= 0 && _line[at] != '"')
        {
            at = _line[at] == '\\' && EscapeEnd(at) is int end and >= 0 ? Next(end) : -1;
            escaped = true;
        }

        return at;
    }

    /// <summary>Past the escape at <paramref name="at"/> when the reader accepts it: \" \\ \/ \b \f \n \r \t, or \u and four hex digits; -1 otherwise.</summary>
    private readonly int EscapeEnd(int at)
    {
        int escape = at + 1 < _line.Length ? _line[at + 1] : -1;
        return escape switch
        {
            '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' => at + 2,
            'u' when at + 6 <= _line.Length && !_line.Slice(at + 2, 4).ContainsAnyExcept(HexDigits) => at + 6,
            _ => -1,
        };
    }

    /// <summary>The first stop at or after <paramref name="from"/>, which never goes back; -1 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next(int from)
    {
        while (true)
        {
            int offset = from - _start;
            if (offset < Block)
            {
                ulong ahead = _stops & (ulong.MaxValue << offset);
                if (ahead != 0)
                {
                    return _start + BitOperations.TrailingZeroCount(ahead);
                }

                from = _start + Block;
            }

            if (from >= _line.Length)
            {
                return -1;
            }

            _start = from & ~(Block - 1);
            _stops = Mask(_start);
        }
    }

    /// <summary>The stops of the block at <paramref name="start"/> (a multiple of 64), one bit per byte; the line's last block is read as the 64 bytes that end it.</summary>
    private readonly ulong Mask(int start)
    {
        ref byte line = ref MemoryMarshal.GetReference(_line);
        if (start + Block <= _line.Length)
        {
            return Mask64(ref Unsafe.Add(ref line, start));
        }

        if (_line.Length >= Block)
        {
            int last = _line.Length - Block;
            return Mask64(ref Unsafe.Add(ref line, last)) >> (start - last);
        }

        ulong stops = 0; // a line shorter than one block
        for (int i = _line.Length - 1; i >= start; i--)
        {
            stops = (stops << 1) | (IsStop(_line[i]) ? 1UL : 0UL);
        }

        return stops;
    }

    private static ulong Mask64(ref byte at)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            return Mask32(Vector256.LoadUnsafe(ref at)) | ((ulong)Mask32(Vector256.LoadUnsafe(ref at, 32)) << 32);
        }

        return Mask16(Vector128.LoadUnsafe(ref at)) | ((ulong)Mask16(Vector128.LoadUnsafe(ref at, 16)) << 16)
            | ((ulong)Mask16(Vector128.LoadUnsafe(ref at, 32)) << 32) | ((ulong)Mask16(Vector128.LoadUnsafe(ref at, 48)) << 48);
    }

    private static uint Mask32(Vector256<byte> bytes) =>
        (Vector256.Equals(bytes, Vector256.Create((byte)'"')) | Vector256.Equals(bytes, Vector256.Create((byte)'\\'))
            | Vector256.LessThan(bytes, Vector256.Create((byte)0x20))).ExtractMostSignificantBits();

    private static uint Mask16(Vector128<byte> bytes) =>
        (Vector128.Equals(bytes, Vector128.Create((byte)'"')) | Vector128.Equals(bytes, Vector128.Create((byte)'\\'))
            | Vector128.LessThan(bytes, Vector128.Create((byte)0x20))).ExtractMostSignificantBits();

    private static bool IsStop(byte b) => b is (byte)'"' or (byte)'\\' or < 0x20;
}
