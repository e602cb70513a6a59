using System.Runtime.Versioning;
using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Sources;

/// <summary>What is not a regular file: a pipe is read as a stream, a device or directory never opened.</summary>
public sealed class FileFollowerPipeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Fifo_ReadAsAStream_UntilItsWritersCloseIt()
    {
        string fifo = Fifo.Create(_dir.File("access.log"));
        var lines = new CollectingSink();
        var follower = new FileFollower(fifo, fromStart: false, TimeProvider.System);
        var running = follower.RunAsync(() => new LineSplitter(lines), () => { }, CancellationToken.None);

        using (var writer = await Fifo.OpenWriterAsync(fifo))
        {
            writer.Write(System.Text.Encoding.UTF8.GetBytes(Some.SequencedLines(0, 30) + Some.SequencedLine(30))); // the last without '\n'
        }

        await running.WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(Enumerable.Range(0, 31), lines.Sequence);
    }

    [Fact]
    public async Task Fifo_WithoutAWriter_StopsAtOnce()
    {
        string fifo = Fifo.Create(_dir.File("access.log"));
        var run = new FollowerRun(fifo);
        try
        {
            await run.Started();

            await run.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);
        }
        finally
        {
            (await Fifo.OpenWriterAsync(fifo)).Dispose(); // the open left waiting for a writer goes on, and ends
        }
    }

    [Fact]
    public async Task Device_NeverOpened_SaysItIsADevice()
    {
        await using var run = new FollowerRun("/dev/zero", fromStart: true);

        await run.InState(FollowState.Failing);
        Assert.Equal("/dev/zero is a device, not a log file", run.LatestStatus?.Problem);
        Assert.Equal(0, run.Follower.BytesRead);
    }

    [Fact]
    public async Task Directory_SaysItIsADirectory()
    {
        await using var run = new FollowerRun(_dir.Path);

        await run.InState(FollowState.Failing);
        Assert.Equal($"{_dir.Path} is a directory, not a log file", run.LatestStatus?.Problem);
    }

    [Fact]
    [SupportedOSPlatform("linux")] // file modes and setfsuid
    public void Unreadable_SaysToAskForReadAccess()
    {
        string log = _dir.File("access.log");
        File.WriteAllText(log, "");
        File.SetUnixFileMode(log, UnixFileMode.None);
        using var name = new FollowedName(log, TimeProvider.System);
        bool startAtEnd = false;

        var (state, problem) = Unprivileged.Run(() => name.Check(() => new LineSplitter(new CollectingSink()), TimeSpan.Zero, ref startAtEnd));

        Assert.Equal((FollowState.Failing, "permission denied; ask for read access, e.g. the adm group on Debian"), (state, problem));
    }
}
