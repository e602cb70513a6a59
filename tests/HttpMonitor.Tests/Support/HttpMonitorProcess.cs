using System.Diagnostics;

namespace HttpMonitor.Tests.Support;

/// <summary>Runs the real program, as a user would, and collects its output and exit code.</summary>
public static class HttpMonitorProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The program, as the tests run it: <c>dotnet httpmonitor.dll</c>.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "httpmonitor.dll");

    public static Result Run(string? stdin, params string[] args) => RunIn(null, stdin, args);

    /// <summary>Runs in <paramref name="workingDirectory"/>, where a config.json may be picked up.</summary>
    public static Result RunIn(string? workingDirectory, string? stdin, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("httpmonitor did not finish: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Starts the program with standard input, output and error redirected, and leaves it running:
    /// for tests that talk to it or signal it while it runs.
    /// </summary>
    public static Process Start(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // An empty directory by default, so that no config.json is picked up by accident.
            WorkingDirectory = workingDirectory ?? Directory.CreateTempSubdirectory("httpmonitor-test").FullName,
        };
        start.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
