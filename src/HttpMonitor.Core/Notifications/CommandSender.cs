using System.ComponentModel;
using System.Diagnostics;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// Runs the channel's program with the notice in <c>HTTPMONITOR_*</c> environment variables;
/// exit code 0 is delivered. The attempt ends when the program exits, not when its output
/// ends: whatever it left running (even detached with <c>setsid</c>, still holding its output)
/// is killed then. On a timeout the program is killed with everything it started.
/// </summary>
public sealed class CommandSender(CommandChannelOptions options) : INotificationSender
{
    /// <summary>The end of stderr kept for the failure reason; the rest, and all of stdout, is read and dropped.</summary>
    public const int ErrorTailBytes = 4096;

    // Once the program and its family are gone the pipes end at once; this only bounds the wait
    // for a process that escaped the kill (another user's, one that cleared its environment).
    private static readonly TimeSpan EndOfOutputGrace = TimeSpan.FromSeconds(1);

    public async Task SendAsync(Notice notice, CancellationToken cancel)
    {
        var family = new ProcessFamily();
        using var process = Start(notice, family);
        using var stopReading = new CancellationTokenSource();
        process.StandardInput.Close();
        // Both pipes are drained so that a talkative program never blocks on a full pipe.
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, stopReading.Token);
        var errors = new OutputTail(ErrorTailBytes);
        var reading = errors.ReadToEndAsync(process.StandardError.BaseStream, stopReading.Token);
        try
        {
            await process.WaitForExitAsync(cancel).ConfigureAwait(false);
        }
        finally
        {
            // On exit as on a timeout: nothing the command started outlives it.
            Kill(process);
            family.KillAll();
            await Task.WhenAny(Task.WhenAll(output, reading), Task.Delay(EndOfOutputGrace, CancellationToken.None)).ConfigureAwait(false);
            await stopReading.CancelAsync().ConfigureAwait(false);
            await DrainedAsync(output).ConfigureAwait(false);
        }

        if (process.ExitCode != 0)
        {
            string last = errors.LastLine();
            throw new NotificationException($"{options.Command} exited with code {process.ExitCode}{(last.Length > 0 ? $": {last}" : "")}");
        }
    }

    private Process Start(Notice notice, ProcessFamily family)
    {
        var start = new ProcessStartInfo(options.Command)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in NoticeFormat.Environment(notice))
        {
            start.Environment[name] = value;
        }

        start.Environment[ProcessFamily.Variable] = family.Id;
        try
        {
            return Process.Start(start) ?? throw new NotificationException($"cannot run {options.Command}", permanent: true);
        }
        catch (Win32Exception e)
        {
            // Just the system's reason ("No such file or directory"), not .NET's sentence around it.
            throw new NotificationException($"cannot run {options.Command}: {new Win32Exception(e.NativeErrorCode).Message}", permanent: true, e);
        }
    }

    private static async Task DrainedAsync(Task output)
    {
        try
        {
            await output.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopped reading: stdout is not reported.
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // It has just exited.
        }
    }

    public void Dispose()
    {
    }
}
