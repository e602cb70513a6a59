using System.Text;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Profile;

/// <summary>
/// The clients of one batch of entries (a second's, at most) with their hits and errors, in the
/// order first seen. Kept as UTF-8 in two arrays, not as a string and an object per client: a
/// replay makes one of these per second of log, and the sketch that folds them needs no strings.
/// </summary>
public sealed class ClientCounts
{
    public static readonly ClientCounts Empty = new([], []);

    private readonly byte[] _keys;
    private readonly ClientTally[] _tallies;

    internal ClientCounts(byte[] keys, ClientTally[] tallies)
    {
        _keys = keys;
        _tallies = tallies;
    }

    public int Count => _tallies.Length;

    public ReadOnlySpan<byte> KeyAt(int index) => _keys.AsSpan(_tallies[index].KeyStart, _tallies[index].KeyLength);

    internal ref readonly ClientTally TallyAt(int index) => ref _tallies[index];

    /// <summary>Adds these clients to <paramref name="sketch"/>, in their order.</summary>
    internal void AddTo(SpaceSaving sketch)
    {
        for (int i = 0; i < Count; i++)
        {
            ref readonly var client = ref _tallies[i];
            sketch.Add(KeyAt(i), client.Hash, client.Hits, client.Errors);
        }
    }

    /// <summary>The clients as <see cref="ClientStats"/> (tests, small inputs).</summary>
    public IReadOnlyList<ClientStats> ToStats() =>
        _tallies.Select((t, i) => new ClientStats(Encoding.UTF8.GetString(KeyAt(i)), t.Hits, t.Errors)).ToList();

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

        return new ClientCounts(table.Keys.ToArray(), tallies);
    }
}

/// <summary>One client of a <see cref="ClientCounts"/>: where its key is, its <see cref="Utf8Hash"/>, its counts.</summary>
internal readonly record struct ClientTally(ulong Hash, int KeyStart, int KeyLength, long Hits, long Errors);
