using System.Runtime.InteropServices;
using HttpMonitor.Core.Platform;
using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Options;

/// <summary>
/// A file's owner and group, so that a file replaced by a new one keeps them. .NET reads and sets a
/// file's mode but not its owner: on Linux, statx(2) reads it (<see cref="FileStats"/>) and
/// fchown(2) sets it. Elsewhere the owner is not known, and not kept.
/// </summary>
internal static partial class UnixFileOwner
{
    /// <summary>The owner and group of the file at <paramref name="path"/>, or null when they cannot be read.</summary>
    public static (uint User, uint Group)? Of(string path) =>
        FileStats.Of(path, out _) is { HasIdentity: true } stat ? (stat.User, stat.Group) : null;

    /// <summary>Gives the open file to the owner and group; false when not allowed (only root gives files away).</summary>
    public static bool TrySet(SafeFileHandle file, (uint User, uint Group) owner)
    {
        bool added = false;
        file.DangerousAddRef(ref added);
        try
        {
            return Fchown((int)file.DangerousGetHandle(), owner.User, owner.Group) == 0;
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static partial int Fchown(int fd, uint owner, uint group);
}
