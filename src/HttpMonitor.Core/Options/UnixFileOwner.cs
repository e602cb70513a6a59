using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Options;

/// <summary>
/// A file's owner and group, so that a file replaced by a new one keeps them. .NET reads and sets a
/// file's mode but not its owner: on Linux, statx(2) reads it (its struct is the same on every
/// architecture) and fchown(2) sets it. Elsewhere the owner is not known, and not kept.
/// </summary>
internal static class UnixFileOwner
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint OwnerAndGroup = 0x8 | 0x10; // STATX_UID | STATX_GID

    /// <summary>The owner and group of the file at <paramref name="path"/>, or null when they cannot be read.</summary>
    public static (uint User, uint Group)? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            // struct statx: stx_uid at byte 20, stx_gid at byte 24.
            return statx(CurrentDirectory, [.. Encoding.UTF8.GetBytes(path), 0], 0, OwnerAndGroup, buffer) == 0
                ? (BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24))
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a C library without statx (glibc before 2.28)
        }
    }

    /// <summary>Gives the open file to the owner and group; false when not allowed (only root gives files away).</summary>
    public static bool TrySet(SafeFileHandle file, (uint User, uint Group) owner)
    {
        bool added = false;
        file.DangerousAddRef(ref added);
        try
        {
            return fchown((int)file.DangerousGetHandle(), owner.User, owner.Group) == 0;
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

#pragma warning disable SYSLIB1054, CA5392 // blittable arguments only; libc is found by the runtime's own search, as for its other calls
    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int fchown(int fd, uint owner, uint group);
#pragma warning restore SYSLIB1054, CA5392
}
