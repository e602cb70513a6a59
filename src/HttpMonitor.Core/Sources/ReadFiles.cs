using HttpMonitor.Core.Platform;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Where reading stopped in the files a follower closed, the last <see cref="Capacity"/> of them: a
/// file that comes back to the followed name later (renamed back, a link pointed at it again) is
/// read on from there, not again from its start.
/// </summary>
internal sealed class ReadFiles
{
    public const int Capacity = 64;

    private readonly LinkedList<FileMark> _marks = [];

    public void Remember(FileMark mark)
    {
        if (!mark.Stat.HasIdentity)
        {
            return; // nothing to know it by when it comes back
        }

        Forget(mark.Stat);
        _marks.AddFirst(mark);
        if (_marks.Count > Capacity)
        {
            _marks.RemoveLast();
        }
    }

    /// <summary>The mark of the file <paramref name="stat"/> names, taken out; null if it was never read.</summary>
    public FileMark? Take(FileStat stat)
    {
        var mark = _marks.FirstOrDefault(m => m.Stat.IsSameFile(stat));
        if (mark is not null)
        {
            _marks.Remove(mark);
        }

        return mark;
    }

    private void Forget(FileStat stat) => Take(stat);
}
