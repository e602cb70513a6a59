using System.Runtime.InteropServices;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// Runs code that file permissions apply to, also when the tests run as root (in a container): on a
/// thread of its own whose file-system user is "nobody" (setfsuid changes that thread only, and drops
/// its power to bypass permissions with it), so that a file without read permission is refused.
/// </summary>
public static class Unprivileged
{
    private const uint Nobody = 65534;

    public static T Run<T>(Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                if (Environment.IsPrivilegedProcess)
                {
                    _ = SetFileSystemUser(Nobody);
                }

                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("failed without privileges", failure);
    }

    [DllImport("libc", EntryPoint = "setfsuid")]
    private static extern int SetFileSystemUser(uint user);
}
