using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Sources;

/// <summary>Changes the follower must see as they happen, not at its next poll, and rewrites it must not take for growth.</summary>
public sealed class FileFollowerChangeTests : IDisposable
{
    /// <summary>Long enough that only a change notification can explain what a test sees.</summary>
    private static readonly TimeSpan NoPoll = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _dir = new();

    private string Log => _dir.File("access.log");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task RenameRotation_Notified_SeenWithoutWaitingForThePoll()
    {
        using (var first = new LogWriter(Log))
        {
            first.Write(Some.SequencedLines(0, 10));
        }

        await using var run = new FollowerRun(Log, fromStart: true, pollInterval: NoPoll);
        await run.Seen(10);

        File.Move(Log, Log + ".1");
        File.WriteAllText(Log, Some.SequencedLines(10, 10));

        await Eventually.True(() => run.Follower.Rotations == 1, "the rotation to be seen");
        await run.Seen(20);
    }

    [Fact]
    public async Task RenameRotation_TwentyInARow_EveryLineReadOnce()
    {
        File.WriteAllText(Log, "");
        await using var run = new FollowerRun(Log, pollInterval: NoPoll);
        await run.InState(FollowState.Following);

        for (int rotation = 0; rotation < 20; rotation++)
        {
            using (var writer = new LogWriter(Log))
            {
                writer.Write(Some.SequencedLines(rotation * 50, 50));
            }

            File.Move(Log, $"{Log}.{rotation}");
            File.WriteAllText(Log, "");
            await Eventually.True(() => run.Follower.Rotations == rotation + 1, $"rotation {rotation + 1} to be seen");
        }

        await run.Seen(1000);
        await run.Drained();
        Assert.Equal(Enumerable.Range(0, 1000), run.Lines.Sequence.Order());
    }

    [Fact]
    public async Task CopyTruncate_RewrittenWithTheSameFirstKiB_PastTheOldEnd_ReadFromItsStart()
    {
        using var writer = new LogWriter(Log);
        await using var run = new FollowerRun(Log, notifications: false, pollInterval: TimeSpan.FromMilliseconds(300));
        await run.Started();
        writer.Write(Some.SequencedLines(0, 30));
        await run.Seen(30);

        // Between two polls: truncated, and written again from the same first lines (more than 1 KiB of them) to past the old end.
        using (var truncate = new FileStream(Log, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            truncate.SetLength(0);
        }

        writer.Write(Some.SequencedLines(0, 20) + Some.SequencedLines(30, 50));
        await run.Seen(100);
        Assert.Equal(1, run.Follower.Truncations);
        Assert.Equal([.. Enumerable.Range(0, 30), .. Enumerable.Range(0, 20), .. Enumerable.Range(30, 50)], run.Lines.Sequence);
    }
}
