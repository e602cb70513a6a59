using System.Diagnostics;
using System.Text;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>
/// The real program in a real pseudo-terminal (util-linux <c>script</c>): what it writes to the
/// terminal pushes the user's title before the window and pops it after, however the window ends.
/// </summary>
public sealed class TerminalTitleTests
{
    private const string Push = "\e[22;0t";
    private const string Pop = "\e[23;0t";

    [Theory]
    [InlineData("q")]
    [InlineData("\u0003")]
    public void Window_QuitOrCtrlC_PushesTheTitleFirstAndPopsItLast(string key)
    {
        string output = RunWindowAndPress(key);

        int push = output.IndexOf(Push, StringComparison.Ordinal);
        int pop = output.LastIndexOf(Pop, StringComparison.Ordinal);
        Assert.True(push >= 0, "no push of the title");
        Assert.True(pop > push, "no pop of the title after its push");
        Assert.True(output.IndexOf("Quit", push, StringComparison.Ordinal) is > 0 and var drawn && drawn < pop, "the window was not drawn between push and pop");
    }

    private static string RunWindowAndPress(string key)
    {
        string directory = Directory.CreateTempSubdirectory("httpmonitor-title-").FullName;
        string log = Path.Combine(directory, "access.log");
        File.WriteAllText(log, "");
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        // The window needs a terminal: script gives the program one, and what it writes comes out here.
        start.ArgumentList.Add("-qfec");
        start.ArgumentList.Add($"stty rows 24 cols 80; exec dotnet '{HttpMonitorProcess.Dll}' --log '{log}'");
        start.ArgumentList.Add("/dev/null");
        start.Environment.Remove("DisableRealDriverIO");
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var drawn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(() =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (output)
                {
                    output.Append(buffer, 0, read);
                    if (output.ToString().Contains("Quit", StringComparison.Ordinal))
                    {
                        drawn.TrySetResult();
                    }
                }
            }
        });
        try
        {
            Assert.True(drawn.Task.Wait(TimeSpan.FromSeconds(60)), "the window never drew");
            process.StandardInput.Write(key);
            process.StandardInput.Flush();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the program did not quit");
            reading.Wait(TimeSpan.FromSeconds(10));
            lock (output)
            {
                return output.ToString();
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            Directory.Delete(directory, recursive: true);
        }
    }
}
