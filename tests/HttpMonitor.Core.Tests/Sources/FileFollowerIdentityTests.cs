using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Sources;

/// <summary>
/// A file is followed by what it is (device and inode), not by its name: a file that comes back to
/// the name (renamed away and back, a symbolic link pointed elsewhere and back) is read on from where
/// it was left, never again from its start.
/// </summary>
public sealed class FileFollowerIdentityTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Log => _dir.File("access.log");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task RenamedAwayAndBack_WithinItsGrace_ReadOnWhereItWasLeft()
    {
        File.WriteAllText(Log, Some.SequencedLines(0, 50));
        await using var run = new FollowerRun(Log, fromStart: true);
        await run.Seen(50);

        File.Move(Log, Log + ".away");
        await run.InState(FollowState.Waiting);
        File.Move(Log + ".away", Log);
        await run.InState(FollowState.Following);
        using (var writer = new LogWriter(Log))
        {
            writer.Write(Some.SequencedLines(50, 5));
        }

        await AllReadOnce(run, 55);
    }

    [Fact]
    public async Task RenamedAwayAndBack_AfterItWasClosed_ReadOnWhereItWasLeft()
    {
        File.WriteAllText(Log, Some.SequencedLines(0, 50));
        await using var run = new FollowerRun(Log, fromStart: true);
        await run.Seen(50);

        File.Move(Log, Log + ".away");
        await run.InState(FollowState.Waiting);
        await run.Drained(); // its grace is over: closed
        File.Move(Log + ".away", Log);
        await run.InState(FollowState.Following);
        using (var writer = new LogWriter(Log))
        {
            writer.Write(Some.SequencedLines(50, 5));
        }

        await AllReadOnce(run, 55);
    }

    [Fact]
    public async Task SymbolicLink_PointedAtTwoLogsInTurn_EachLineReadOnce()
    {
        string a = _dir.File("a.log");
        string b = _dir.File("b.log");
        File.WriteAllText(a, Some.SequencedLines(0, 100));
        File.WriteAllText(b, Some.SequencedLines(100, 50));
        PointLink(a);
        await using var run = new FollowerRun(Log, fromStart: true);
        await run.Seen(100);

        PointLink(b);
        await run.Seen(150);
        PointLink(a);
        await Eventually.True(() => run.Follower.Rotations == 2, "the link back to a.log to be seen");
        PointLink(b);
        await Eventually.True(() => run.Follower.Rotations == 3, "the link back to b.log to be seen");
        using (var writer = new LogWriter(b))
        {
            writer.Write(Some.SequencedLines(150, 40));
        }

        await AllReadOnce(run, 190);
    }

    /// <summary>Points access.log at <paramref name="target"/> in one step, as <c>ln -sfn</c> plus a rename does.</summary>
    private void PointLink(string target)
    {
        string temporary = _dir.File("link.tmp");
        File.CreateSymbolicLink(temporary, target);
        File.Move(temporary, Log, overwrite: true);
    }

    /// <summary>Lines 0..count-1 read, each once, after every file was read to its end.</summary>
    private static async Task AllReadOnce(FollowerRun run, int count)
    {
        await run.Seen(count);
        await run.Drained();
        Assert.Equal(Enumerable.Range(0, count), run.Lines.Sequence.Order());
    }
}
