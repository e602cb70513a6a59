using System.Collections;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// The top clients of the open statistics window, folded into their Space-Saving sketch only
/// when someone reads them: the window's second-by-second clients wait, and a window whose
/// clients nobody reads (a replay to jsonl) costs no sketch work at all.
/// </summary>
/// <remarks>
/// The result is the same as folding each second as it comes: the batches are folded in the
/// order they came. Memory stays bounded: past <see cref="MaxWaitingClients"/> waiting clients
/// they are folded at once.
/// </remarks>
internal sealed class WindowClients(int capacity)
{
    private const int MaxWaitingClients = 1 << 16;

    private List<ClientCounts> _waiting = [];
    private int _waitingClients;
    private SpaceSaving? _sketch;

    public void Add(ClientCounts clients)
    {
        if (clients.Count == 0)
        {
            return;
        }

        _waiting.Add(clients);
        _waitingClients += clients.Count;
        if (_waitingClients > MaxWaitingClients)
        {
            _sketch = Fold(_sketch, _waiting, capacity);
            _waiting = [];
            _waitingClients = 0;
        }
    }

    /// <summary>The window's top <paramref name="n"/> clients, computed when first read; a new window starts.</summary>
    public IReadOnlyList<ClientStats> Take(int n)
    {
        var (sketch, waiting) = (_sketch, _waiting);
        (_sketch, _waiting, _waitingClients) = (null, [], 0);
        return new LazyList(new Lazy<IReadOnlyList<ClientStats>>(() => Top(Fold(sketch, waiting, capacity), n)));
    }

    internal static IReadOnlyList<ClientStats> Top(SpaceSaving clients, int n) =>
        clients.Top(n).Select(c => new ClientStats(c.Key, c.Count, c.Errors, c.Overestimate)).ToList();

    private static SpaceSaving Fold(SpaceSaving? sketch, List<ClientCounts> batches, int capacity)
    {
        sketch ??= new SpaceSaving(capacity);
        foreach (var batch in batches)
        {
            batch.AddTo(sketch);
        }

        return sketch;
    }

    private sealed class LazyList(Lazy<IReadOnlyList<ClientStats>> list) : IReadOnlyList<ClientStats>
    {
        public int Count => list.Value.Count;

        public ClientStats this[int index] => list.Value[index];

        public IEnumerator<ClientStats> GetEnumerator() => list.Value.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
