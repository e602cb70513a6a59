using System.Runtime.Versioning;
using HttpMonitor.Core.Demo;

namespace HttpMonitor.Core.Tests.Demo;

public sealed class DemoLogWriterTests
{
    [Fact]
    [UnsupportedOSPlatform("windows")] // file modes are Unix's
    public void TwoDemos_WriteLogsOfTheirOwn_InDirectoriesOnlyTheirUserCanRead()
    {
        var first = DemoLogWriter.InNewDirectory(TimeProvider.System);
        var second = DemoLogWriter.InNewDirectory(TimeProvider.System);
        try
        {
            Assert.NotEqual(Path.GetDirectoryName(first.Path), Path.GetDirectoryName(second.Path));
            Assert.Equal(0, new FileInfo(first.Path).Length);
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(Path.GetDirectoryName(first.Path)!));
        }
        finally
        {
            first.DeleteLog();
            second.DeleteLog();
        }
    }

    [Fact]
    public void DeleteLog_RemovesTheLogAndItsDirectory()
    {
        var writer = DemoLogWriter.InNewDirectory(TimeProvider.System);
        File.AppendAllText(writer.Path, "a line\n");

        writer.DeleteLog();

        Assert.False(Directory.Exists(Path.GetDirectoryName(writer.Path)));
    }
}
