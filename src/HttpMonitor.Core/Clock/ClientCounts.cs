using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// The clients of one second with their hits and errors, in the order first seen. Kept as UTF-8
/// in two arrays, not as a string and an object per client: a replay makes one of these per second
/// of log, and the sketches that fold them need no strings.
/// </summary>
public sealed class ClientCounts
{
    public static readonly ClientCounts Empty = new([], [], -1);

    private readonly byte[] _keys;
    private readonly ClientTally[] _tallies;

    private ClientCounts(byte[] keys, ClientTally[] tallies, int overflowIndex)
    {
        _keys = keys;
        _tallies = tallies;
        OverflowIndex = overflowIndex;
    }

    public int Count => _tallies.Length;

    /// <summary>The entry that sums the clients past the second's bound ("(other)"): not a client, never ranked as one; -1 when none.</summary>
    public int OverflowIndex { get; }

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
    internal static ClientCounts From(Utf8Table<(long Hits, long Errors)> table)
    {
        var tallies = new ClientTally[table.Count];
        for (int i = 0; i < tallies.Length; i++)
        {
            var (start, length) = table.KeyRangeAt(i);
            var (hits, errors) = table.ValueAt(i);
            tallies[i] = new ClientTally(table.HashAt(i), start, length, hits, errors);
        }

        return new ClientCounts(table.Keys.ToArray(), tallies, table.OverflowIndex);
    }

    /// <summary>One client: where its key is, its <see cref="Utf8Hash"/>, its counts.</summary>
    private readonly record struct ClientTally(ulong Hash, int KeyStart, int KeyLength, long Hits, long Errors);
}
