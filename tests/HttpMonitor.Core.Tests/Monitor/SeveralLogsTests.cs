using System.IO.Pipes;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Monitor;

/// <summary>Several --log: files, globs, NAME=PATH, standard input, on the one clock (issue 20).</summary>
public sealed class SeveralLogsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, params int[] seconds)
    {
        string path = _dir.File(name);
        File.AppendAllText(path, string.Concat(seconds.Select(s => Some.Line(s) + "\n")));
        return path;
    }

    [Fact]
    public async Task SeveralFiles_EachLineCountsUnderItsFile()
    {
        string a = Write("a.log", 0, 1, 2);
        string b = Write("b.log", 1, 3);
        await using var run = new LiveRun([a, b]);

        await run.Accepted(5);

        Assert.Equal(new Dictionary<string, long> { [a] = 3, [b] = 2 }, LiveRun.SourceHits(await run.StopAsync()));
    }

    [Fact]
    public async Task LineOfAnotherFile_ArrivingLate_CountsAtTheClocksTimeNotItsStamp()
    {
        string a = Write("a.log", 0, 5);
        string b = Write("b.log");
        await using var run = new LiveRun([a, b]);
        await run.Accepted(2);

        Write("b.log", 2); // stamped before the clock (at 5 or later): the effective time rule puts it there
        await run.Accepted(3);

        var seconds = (await run.StopAsync()).OfType<ClosedSecond>().Where(s => s.Tally.Hits > 0).ToList();
        Assert.Equal((0, 1L), ((int)(seconds[0].Start - Some.Start).TotalSeconds, seconds[0].Tally.Hits));
        Assert.Equal(2, seconds.Where(s => s.Start >= Some.Start.AddSeconds(5)).Sum(s => s.Tally.Hits));
    }

    [Fact]
    public async Task Glob_FileCreatedWhileRunning_IsFollowedFromItsFirstLine()
    {
        string a = Write("a.log", 0);
        Write("a.log.1", 0); // not a match: rotated logs stay out
        await using var run = new LiveRun([_dir.File("*.log")]);
        await run.Accepted(1);

        string b = Write("b.log", 1, 2);
        await run.Accepted(3);

        Assert.Equal(new Dictionary<string, long> { [a] = 1, [b] = 2 }, LiveRun.SourceHits(await run.StopAsync()));
    }

    [Fact]
    public async Task NamedFile_ItsLinesCountUnderTheNameAsVhost()
    {
        string api = Write("api.log", 0, 1);
        await using var run = new LiveRun([$"api={api}"]);
        await run.Accepted(2);

        var window = (await run.StopAsync()).OfType<WindowStats>().First(w => w.Hits > 0);

        Assert.Equal(["api 2"], window.Vhosts.Select(v => $"{v.Vhost} {v.Hits}"));
    }

    [Fact]
    public async Task SeveralFiles_TheStatusAndTheCountsNameEveryInput()
    {
        string a = Write("a.log", 0);
        string b = Write("b.log", 1);
        await using var run = new LiveRun([a, b]);
        await run.Accepted(2);

        Assert.Equal(($"{a}, {b}", FollowState.Following), (run.Monitor.Status.Path, run.Monitor.Status.State));
        Assert.Equal([a, b], run.Counts.Inputs);
    }

    [Fact]
    public async Task OneFile_WindowsHaveNoSources()
    {
        string a = Write("a.log", 0, 1);
        await using var run = new LiveRun([a]);
        await run.Accepted(2);

        Assert.All((await run.StopAsync()).OfType<WindowStats>(), w => Assert.Empty(w.Sources));
    }

    [Fact]
    public async Task StandardInput_ItsEnd_EndsTheRun_WithItsLastLine()
    {
        var input = new MemoryStream(Some.Utf8(Some.Line(0) + "\n" + Some.Line(1)));
        await using var run = new LiveRun(["-"], standardInput: () => input);

        await run.Running.WaitAsync(Eventually.DefaultTimeout); // no stop asked: the end of the input ends it

        Assert.Equal(2, run.Counts.Accepted);
    }

    [Fact]
    public async Task StandardInputAndAFile_StandardInputsEnd_StopsTheFileToo()
    {
        string a = Write("a.log", 0);
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var input = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        await using var run = new LiveRun([a, "-"], standardInput: () => input);
        await writer.WriteAsync(Some.Utf8(Some.Line(1) + "\n"));
        await run.Accepted(2);

        writer.Close(); // the end of standard input: the file is not stopped by anything else
        await run.Running.WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal(new Dictionary<string, long> { [a] = 1, ["stdin"] = 1 }, LiveRun.SourceHits(await run.StopAsync()));
    }
}
