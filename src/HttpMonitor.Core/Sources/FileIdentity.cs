using HttpMonitor.Core.Platform;
using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Tells whether two open handles are the same file: by device and inode (<see cref="FileStats"/>)
/// where they can be read; elsewhere by the kernel's name of each open descriptor in
/// <c>/proc/self/fd</c>, or last by a fingerprint of size and first bytes.
/// </summary>
internal static class FileIdentity
{
    /// <summary>Bytes compared by the fingerprint fallback, and kept to detect a copytruncate.</summary>
    public const int FingerprintBytes = 1024;

    private static readonly bool s_hasProcFd = OperatingSystem.IsLinux() && Directory.Exists("/proc/self/fd");

    /// <summary>The name the kernel gives the open file now, or null where that cannot be read.</summary>
    public static string? CurrentName(SafeFileHandle handle)
    {
        if (!s_hasProcFd)
        {
            return null;
        }

        try
        {
            return File.ResolveLinkTarget($"/proc/self/fd/{handle.DangerousGetHandle()}", returnFinalTarget: false)?.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="held"/> and <paramref name="fresh"/> (just opened by the same path) are one file.
    /// Without inode nor /proc: the same size and the same first bytes. A file growing between the two
    /// reads of its size can then look like another one; that fallback is best effort.
    /// </summary>
    public static bool IsSame(FollowedFile held, SafeFileHandle fresh, FileStat freshStat)
    {
        if (held.Stat.HasIdentity && freshStat.HasIdentity)
        {
            return held.Stat.IsSameFile(freshStat);
        }

        string? heldName = CurrentName(held.Handle);
        string? freshName = CurrentName(fresh);
        if (heldName is not null && freshName is not null)
        {
            return heldName == freshName;
        }

        long heldLength = RandomAccess.GetLength(held.Handle);
        long freshLength = RandomAccess.GetLength(fresh);
        if (heldLength != freshLength && Math.Min(heldLength, freshLength) < FingerprintBytes)
        {
            return false;
        }

        return Head(held.Handle).AsSpan().SequenceEqual(Head(fresh));
    }

    /// <summary>Up to <paramref name="count"/> bytes from the file's start.</summary>
    public static byte[] Head(SafeFileHandle handle, int count = FingerprintBytes) => Bytes(handle, 0, count);

    /// <summary>Up to <paramref name="count"/> bytes from <paramref name="offset"/>: fewer where the file ends.</summary>
    public static byte[] Bytes(SafeFileHandle handle, long offset, int count)
    {
        var bytes = new byte[count];
        int total = 0;
        int read;
        while (total < count && (read = RandomAccess.Read(handle, bytes.AsSpan(total), offset + total)) > 0)
        {
            total += read;
        }

        return total == count ? bytes : bytes[..total];
    }
}
