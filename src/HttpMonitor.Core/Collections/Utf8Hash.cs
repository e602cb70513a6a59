using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Collections;

/// <summary>
/// The hash of a UTF-8 key, shared by the tables that count a second's fields and the sketch
/// that folds them, so that a client is hashed once, where its line is read.
/// </summary>
internal static class Utf8Hash
{
    /// <summary>
    /// Eight bytes at a time: a field of a log line is short, and hashing it costs less than a
    /// string's hash. A collision only costs a comparison; the key is always compared.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(ReadOnlySpan<byte> key)
    {
        ulong hash = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
        int i = 0;
        for (; i + 8 <= key.Length; i += 8)
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(key[i..])) * 0xC2B2AE3D27D4EB4FUL, 31);
        }

        if (i < key.Length)
        {
            // The last 0-7 bytes: as the key's last eight bytes when it has eight, else one by one.
            ulong tail = 0;
            if (key.Length >= 8)
            {
                tail = BinaryPrimitives.ReadUInt64LittleEndian(key[^8..]);
            }
            else
            {
                for (int j = key.Length - 1; j >= 0; j--)
                {
                    tail = (tail << 8) | key[j];
                }
            }

            hash = BitOperations.RotateLeft((hash ^ tail) * 0xC2B2AE3D27D4EB4FUL, 31);
        }

        return (hash ^ (hash >> 29)) * 0x165667B19E3779F9UL;
    }

    /// <summary>A key's first bucket in a table of <c>mask + 1</c> buckets, from the hash's high bits (the best mixed).</summary>
    public static int Home(ulong hash, int mask) => (int)(hash >> 32) & mask;
}
