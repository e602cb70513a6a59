using System.Buffers;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// The clients of one second with their hits and errors, in the order first seen. Kept as UTF-8
/// in two arrays, not as a string and an object per client: a replay makes one of these per second
/// of log, and the sketches that fold them need no strings.
/// </summary>
/// <remarks>
/// A part of a second parsed in parallel (<see cref="Rented"/>) borrows its arrays from the shared
/// pools and gives them back once joined (<see cref="Return"/>): a busy log's second is cut into
/// many parts of thousands of clients each, and arrays that large, made anew per part, went to the
/// large-object heap and piled up there until a full collection (103 MB at 50,000 lines a second).
/// </remarks>
public sealed class ClientCounts
{
    public static readonly ClientCounts Empty = new([], [], 0, -1, rented: false);

    private byte[] _keys;
    private ClientTally[] _tallies;
    private bool _rented;

    private ClientCounts(byte[] keys, ClientTally[] tallies, int count, int overflowIndex, bool rented)
    {
        _keys = keys;
        _tallies = tallies;
        Count = count;
        OverflowIndex = overflowIndex;
        _rented = rented;
    }

    public int Count { get; private set; }

    /// <summary>The entry that sums the clients past the second's bound ("(other)"): not a client, never ranked as one; -1 when none.</summary>
    public int OverflowIndex { get; private set; }

    public ReadOnlySpan<byte> KeyAt(int index) => _keys.AsSpan(_tallies[index].KeyStart, _tallies[index].KeyLength);

    public long HitsAt(int index) => _tallies[index].Hits;

    public long ErrorsAt(int index) => _tallies[index].Errors;

    /// <summary>Adds these clients to <paramref name="sketch"/>, in their order; the overflow entry is no client and stays out.</summary>
    internal void AddTo(SpaceSaving sketch)
    {
        for (int i = 0; i < Count; i++)
        {
            if (i != OverflowIndex)
            {
                ref readonly var client = ref _tallies[i];
                sketch.Add(KeyAt(i), client.Hash, client.Hits, client.Errors);
            }
        }
    }

    /// <summary>The clients a table counted, copied out of it.</summary>
    internal static ClientCounts From(Utf8Table<(long Hits, long Errors)> table) =>
        CopyOut(table, table.Keys.ToArray(), new ClientTally[table.Count], rented: false);

    /// <summary>
    /// The clients a table counted, copied into arrays from the shared pools: for a part of a second
    /// that is joined and then given back (<see cref="Return"/>). Unreturned, it is kept like any other.
    /// </summary>
    internal static ClientCounts Rented(Utf8Table<(long Hits, long Errors)> table)
    {
        var keys = ArrayPool<byte>.Shared.Rent(table.Keys.Length);
        table.Keys.CopyTo(keys);
        return CopyOut(table, keys, ArrayPool<ClientTally>.Shared.Rent(table.Count), rented: true);
    }

    /// <summary>Gives rented arrays back to their pools; after it this holds no client. Nothing else may hold it then.</summary>
    internal void Return()
    {
        if (_rented)
        {
            ArrayPool<byte>.Shared.Return(_keys);
            ArrayPool<ClientTally>.Shared.Return(_tallies);
            (_keys, _tallies, Count, OverflowIndex, _rented) = ([], [], 0, -1, false);
        }
    }

    private static ClientCounts CopyOut(Utf8Table<(long Hits, long Errors)> table, byte[] keys, ClientTally[] tallies, bool rented)
    {
        for (int i = 0; i < table.Count; i++)
        {
            var (start, length) = table.KeyRangeAt(i);
            var (hits, errors) = table.ValueAt(i);
            tallies[i] = new ClientTally(table.HashAt(i), start, length, hits, errors);
        }

        return new ClientCounts(keys, tallies, table.Count, table.OverflowIndex, rented);
    }

    /// <summary>One client: where its key is, its <see cref="Utf8Hash"/>, its counts.</summary>
    private readonly record struct ClientTally(ulong Hash, int KeyStart, int KeyLength, long Hits, long Errors);
}
