using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Sources;

/// <summary>
/// Real files in a temp directory, a follower polling every 20 ms. Every test asserts exactly which
/// lines were seen: each line carries its sequence number, and the sequence read must be 0..N-1.
/// </summary>
public sealed class FileFollowerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Log => _dir.File("access.log");

    public void Dispose() => _dir.Dispose();

    private static void AssertExactly(int count, FollowerRun run) =>
        Assert.Equal(Enumerable.Range(0, count), run.Lines.Sequence.Order());

    [Fact]
    public async Task Follow_DefaultStart_SkipsWhatTheFileHeld()
    {
        File.WriteAllText(Log, Some.SequencedLines(0, 10));
        await using var run = new FollowerRun(Log);
        await run.Started();

        using (var writer = new LogWriter(Log))
        {
            writer.Write(Some.SequencedLines(10, 5));
        }

        await run.Seen(5);
        Assert.Equal(Enumerable.Range(10, 5), run.Lines.Sequence);
    }

    [Fact]
    public async Task Follow_FromStart_ReadsWhatTheFileHeldThenWhatIsAppended()
    {
        File.WriteAllText(Log, Some.SequencedLines(0, 10));
        await using var run = new FollowerRun(Log, fromStart: true);
        await run.Seen(10);

        using (var writer = new LogWriter(Log))
        {
            writer.Write(Some.SequencedLines(10, 5));
        }

        await run.Seen(15);
        Assert.Equal(Enumerable.Range(0, 15), run.Lines.Sequence);
    }

    [Fact]
    public async Task RenameRotation_ServerStillWritesToOldFile_EveryLineReadOnce()
    {
        using var old = new LogWriter(Log);
        await using var run = new FollowerRun(Log);
        await run.Started();
        old.Write(Some.SequencedLines(0, 100));
        await run.Seen(100);

        File.Move(Log, Log + ".1");
        old.Write(Some.SequencedLines(100, 50)); // before the server reopens: into the renamed file
        using (var fresh = new LogWriter(Log))
        {
            fresh.Write(Some.SequencedLines(150, 100));
            old.Write(Some.SequencedLines(250, 20)); // a worker that has not reopened yet
            await run.Seen(270);
            fresh.Write(Some.SequencedLines(270, 30));
        }

        await run.Seen(300);
        await run.Drained();
        AssertExactly(300, run);
        Assert.Equal(1, run.Follower.Rotations);
    }

    [Fact]
    public async Task RenameRotation_NewFileCreatedLater_ReadFromItsFirstByte()
    {
        await using var run = new FollowerRun(Log, notifications: false);
        using (var old = new LogWriter(Log))
        {
            await run.InState(FollowState.Following);
            old.Write(Some.SequencedLines(0, 40));
            await run.Seen(40);
            File.Move(Log, Log + ".1");
            await run.InState(FollowState.Waiting);
            old.Write(Some.SequencedLines(40, 10));
        }

        File.WriteAllText(Log, Some.SequencedLines(50, 25));
        await run.Seen(75);
        await run.Drained();
        AssertExactly(75, run);
    }

    [Fact]
    public async Task RenameRotation_PartialLineInOldFile_CompletedDuringGrace_NotJoinedToNewFile()
    {
        using var old = new LogWriter(Log);
        await using var run = new FollowerRun(Log);
        await run.Started();
        string line = Some.SequencedLine(0);
        old.Write(line[..20]);
        File.Move(Log, Log + ".1");
        File.WriteAllText(Log, Some.SequencedLines(1, 3));
        await run.Seen(3);
        old.Write(line[20..] + "\n");

        await run.Seen(4);
        await run.Drained();
        AssertExactly(4, run);
    }

    [Fact]
    public async Task RenameRotation_OldFileEndsWithoutNewline_LastLineCountedWhenGraceEnds()
    {
        using (var old = new LogWriter(Log))
        {
            await using var run = new FollowerRun(Log);
            await run.Started();
            old.Write(Some.SequencedLines(0, 5) + Some.SequencedLine(5)); // no '\n' after the last line
            await run.Seen(5);
            File.Move(Log, Log + ".1");
            File.WriteAllText(Log, Some.SequencedLines(6, 4));

            await run.Seen(10);
            await run.Drained();
            AssertExactly(10, run);
        }
    }

    [Fact]
    public async Task CopyTruncate_FileShorterThanWhatWasRead_StartsAgainWithoutRecounting()
    {
        using var writer = new LogWriter(Log);
        await using var run = new FollowerRun(Log);
        await run.Started();
        writer.Write(Some.SequencedLines(0, 100));
        await run.Seen(100);

        File.Copy(Log, Log + ".1");
        using (var truncate = new FileStream(Log, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            truncate.SetLength(0);
        }

        writer.Write(Some.SequencedLines(100, 30)); // O_APPEND: written from the new start
        await run.Seen(130);
        AssertExactly(130, run);
        Assert.Equal(0, run.Follower.Rotations);
    }

    [Fact]
    public async Task CopyTruncate_RegrownPastTheOldEndBeforeTheNextPoll_DetectedByItsFirstBytes()
    {
        using var writer = new LogWriter(Log);
        await using var run = new FollowerRun(Log, notifications: false, pollInterval: TimeSpan.FromMilliseconds(300));
        await run.Started();
        writer.Write(Some.SequencedLines(0, 3));
        await run.Seen(3);

        // Between two polls: truncated and written again, longer than before.
        using (var truncate = new FileStream(Log, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            truncate.SetLength(0);
        }

        writer.Write(Some.SequencedLines(3, 20));
        await run.Seen(23);
        AssertExactly(23, run);
    }

    [Fact]
    public async Task Delete_ThenRecreated_WaitsAndReadsTheNewFileFromItsStart()
    {
        File.WriteAllText(Log, "");
        await using var run = new FollowerRun(Log);
        await run.InState(FollowState.Following);
        File.AppendAllText(Log, Some.SequencedLines(0, 50));
        await run.Seen(50);

        File.Delete(Log);
        await run.InState(FollowState.Waiting);
        File.WriteAllText(Log, Some.SequencedLines(50, 50));

        await run.Seen(100);
        await run.Drained();
        AssertExactly(100, run);
        Assert.Equal(FollowState.Following, run.LatestStatus?.State);
    }

    [Fact]
    public async Task MissingAtStart_WaitsThenReadsItFromItsFirstByte()
    {
        await using var run = new FollowerRun(Log); // not from the start: a new file is read whole anyway
        await run.InState(FollowState.Waiting);

        File.WriteAllText(Log, Some.SequencedLines(0, 20));
        await run.Seen(20);
        AssertExactly(20, run);
    }

    [Fact]
    public async Task Unreadable_SaysSoAndRetries_ThenFollows()
    {
        Directory.CreateDirectory(Log); // opening a directory as a file is refused, as for a file without permission
        await using var run = new FollowerRun(Log, fromStart: true);
        await run.InState(FollowState.Failing);
        Assert.False(string.IsNullOrEmpty(run.LatestStatus?.Problem));

        Directory.Delete(Log);
        File.WriteAllText(Log, Some.SequencedLines(0, 10));
        await run.Seen(10);
        AssertExactly(10, run);
    }

    [Fact]
    public async Task PartialLine_HeldUntilItsNewlineArrives()
    {
        using var writer = new LogWriter(Log);
        await using var run = new FollowerRun(Log);
        await run.Started();
        string second = Some.SequencedLine(1);
        writer.Write(Some.SequencedLine(0) + "\n" + second[..30]);
        await run.Seen(1);
        await Eventually.True(() => run.Follower.BytesRead > Some.SequencedLine(0).Length + 1, "the partial line to be read");
        Assert.Equal(1, run.Lines.Count);

        writer.Write(second[30..] + "\n");
        await run.Seen(2);
        Assert.Equal([Some.SequencedLine(0), second], run.Lines.Lines);
    }

    [Fact]
    public async Task OneMebibyteLine_RejectedOnce_LinesAroundItKept()
    {
        using var writer = new LogWriter(Log);
        await using var run = new FollowerRun(Log);
        await run.Started();
        writer.Write(Some.SequencedLine(0) + "\n");
        var huge = new byte[1 << 20];
        Array.Fill(huge, (byte)'a');
        writer.Write(huge[..(huge.Length / 2)]);
        writer.Write(huge[(huge.Length / 2)..]);
        writer.Write("\n" + Some.SequencedLine(1) + "\n");

        await run.Seen(3);
        Assert.Equal(1, run.Lines.Overlong);
        Assert.Equal([0, 1], run.Lines.Sequence);
    }

    [Fact]
    public async Task CrlfLines_AllAccepted()
    {
        var ingest = new LogIngest(new LogClock(System.Reactive.Observer.Create<ClosedSecond>(_ => { })), new LineCounts());
        File.WriteAllText(Log, Some.SequencedLines(0, 50, newline: "\r\n"));
        await using var run = new FollowerRun(Log, fromStart: true, sink: ingest);

        await Eventually.True(() => ingest.Counts.Lines >= 50, "50 lines counted");
        Assert.Equal((50, 0), (ingest.Counts.Accepted, ingest.Counts.Rejected));
    }

    [Fact]
    public async Task BinaryJunk_CountedAsRejected_InvariantHolds()
    {
        var ingest = new LogIngest(new LogClock(System.Reactive.Observer.Create<ClosedSecond>(_ => { })), new LineCounts());
        var junk = new List<byte>();
        junk.AddRange(Encoding.UTF8.GetBytes(Some.SequencedLine(0) + "\n"));
        junk.AddRange([0x00, 0xFF, 0xFE, 0xC3, 0x28, (byte)'\n']); // NUL and invalid UTF-8
        junk.AddRange(Encoding.UTF8.GetBytes(Some.SequencedLine(1).Replace("GET", "G\0T") + "\n"));
        junk.AddRange([0xED, 0xA0, 0x80, (byte)' ', (byte)'[', (byte)'\r', (byte)'\n']); // a UTF-16 surrogate in UTF-8
        junk.AddRange(Encoding.UTF8.GetBytes(" \t\n")); // blank: not counted
        File.WriteAllBytes(Log, [.. junk]);
        await using var run = new FollowerRun(Log, fromStart: true, sink: ingest);

        await Eventually.True(() => ingest.Counts.Lines >= 4, "4 lines counted");
        Assert.Equal((2, 2), (ingest.Counts.Accepted, ingest.Counts.Rejected));
    }
}
