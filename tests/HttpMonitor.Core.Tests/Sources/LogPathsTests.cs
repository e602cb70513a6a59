using System.Runtime.Versioning;
using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Sources;

/// <summary>What a path given as the log is told before anything opens it (the refusals themselves are pinned end to end).</summary>
public sealed class LogPathsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void WhyNotFollowable_FileNotThereYet_InAnExistingDirectory_None()
    {
        Assert.Null(LogPaths.WhyNotFollowable(_dir.File("later.log")));
    }

    [Fact]
    public void WhyNotFollowable_Fifo_None()
    {
        Assert.Null(LogPaths.WhyNotFollowable(Fifo.Create(_dir.File("access.log"))));
    }

    [Fact]
    public void WhyNotFollowable_PartOfThePathIsAFile_SaysSo()
    {
        File.WriteAllText(_dir.File("file"), "");
        string log = Path.Combine(_dir.File("file"), "access.log");

        Assert.Equal($"{log}: part of the path is not a directory", LogPaths.WhyNotFollowable(log));
    }

    [Fact]
    [SupportedOSPlatform("linux")] // file modes and setfsuid
    public void WhyNotReplayable_Unreadable_SaysToAskForReadAccess()
    {
        string log = _dir.File("access.log");
        File.WriteAllText(log, "");
        File.SetUnixFileMode(log, UnixFileMode.None);

        string? why = Unprivileged.Run(() => LogPaths.WhyNotReplayable(log));

        Assert.Equal($"cannot open {log}: permission denied; ask for read access, e.g. the adm group on Debian", why);
    }

    [Fact]
    public void WhyNotReplayable_Fifo_None()
    {
        Assert.Null(LogPaths.WhyNotReplayable(Fifo.Create(_dir.File("access.log"))));
    }
}
