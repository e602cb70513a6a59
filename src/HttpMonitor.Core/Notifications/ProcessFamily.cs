using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// Every process a command started, however it detached: each carries a unique
/// <see cref="Variable"/> in its environment, inherited by its children, so the family is found
/// on Linux by reading <c>/proc/*/environ</c>. A process group would not do: a child that calls
/// <c>setsid</c> leaves its group, and a grandchild whose parent exited is no one's child.
/// </summary>
internal sealed class ProcessFamily
{
    /// <summary>The environment variable that marks the family.</summary>
    public const string Variable = "HTTPMONITOR_RUN";

    // A process that forks while it is being killed is found on the next pass.
    private const int KillPasses = 5;

    private readonly byte[] _marker;

    public ProcessFamily()
    {
        Id = Guid.NewGuid().ToString("N");
        _marker = Encoding.ASCII.GetBytes($"{Variable}={Id}\0");
    }

    /// <summary>The value of <see cref="Variable"/> for this family.</summary>
    public string Id { get; }

    /// <summary>Kills every process of the family still running (SIGKILL); nothing where there is no /proc.</summary>
    public void KillAll()
    {
        for (int pass = 0; pass < KillPasses; pass++)
        {
            var members = Members();
            if (members.Count == 0)
            {
                return;
            }

            members.ForEach(Kill);
        }
    }

    private List<int> Members()
    {
        var members = new List<int>();
        if (!Directory.Exists("/proc"))
        {
            return members;
        }

        foreach (string folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out int pid) && pid != Environment.ProcessId && Carries(folder))
            {
                members.Add(pid);
            }
        }

        return members;
    }

    private bool Carries(string folder)
    {
        try
        {
            // "\0" ends every entry, the last one included: the marker cannot match a longer value.
            return File.ReadAllBytes(Path.Combine(folder, "environ")).AsSpan().IndexOf(_marker) >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // gone, or another user's
        }
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception)
        {
            // It has just exited.
        }
    }
}
