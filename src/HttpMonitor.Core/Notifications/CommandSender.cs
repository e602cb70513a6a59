using System.ComponentModel;
using System.Diagnostics;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// Runs the channel's program with the notice in <c>HTTPMONITOR_*</c> environment variables;
/// exit code 0 is delivered. A cancelled (timed out) run is killed with its children.
/// </summary>
public sealed class CommandSender(CommandChannelOptions options) : INotificationSender
{
    /// <summary>The end of stderr kept for the failure reason; the rest, and all of stdout, is read and dropped.</summary>
    public const int ErrorTailBytes = 4096;

    public async Task SendAsync(Notice notice, CancellationToken cancel)
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

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new NotificationException($"cannot run {options.Command}", permanent: true);
        }
        catch (Win32Exception e)
        {
            // Just the system's reason ("No such file or directory"), not .NET's sentence around it.
            throw new NotificationException($"cannot run {options.Command}: {new Win32Exception(e.NativeErrorCode).Message}", permanent: true, e);
        }

        using (process)
        {
            process.StandardInput.Close();
            // Both pipes are drained so that a talkative program never blocks on a full pipe.
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            var errors = new OutputTail(ErrorTailBytes);
            var reading = errors.ReadToEndAsync(process.StandardError.BaseStream, CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                throw;
            }

            if (process.ExitCode != 0)
            {
                await reading.WaitAsync(cancel).ConfigureAwait(false);
                string last = errors.LastLine();
                throw new NotificationException($"{options.Command} exited with code {process.ExitCode}{(last.Length > 0 ? $": {last}" : "")}");
            }
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
