using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Tells whether two open handles are the same file, and whether an open file still has its name,
/// without P/Invoke: on Linux the kernel names every open descriptor in <c>/proc/self/fd</c>
/// (a renamed file shows its new name, a deleted one "… (deleted)"); elsewhere a fingerprint
/// of size and first bytes stands in for the inode.
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
    /// Without /proc: the same size and the same first bytes. A file growing between the two reads of
    /// its size can then look like another one; that fallback is best effort.
    /// </summary>
    public static bool IsSame(SafeFileHandle held, SafeFileHandle fresh)
    {
        string? heldName = CurrentName(held);
        string? freshName = CurrentName(fresh);
        if (heldName is not null && freshName is not null)
        {
            return heldName == freshName;
        }

        long heldLength = RandomAccess.GetLength(held);
        long freshLength = RandomAccess.GetLength(fresh);
        if (heldLength != freshLength && Math.Min(heldLength, freshLength) < FingerprintBytes)
        {
            return false;
        }

        return Head(held).AsSpan().SequenceEqual(Head(fresh));
    }

    /// <summary>Whether the file open as <paramref name="held"/>, known as <paramref name="name"/> when opened, was renamed or deleted since.</summary>
    /// <returns>Null when that cannot be told (no /proc).</returns>
    public static bool? WasMoved(SafeFileHandle held, string? name)
    {
        string? now = CurrentName(held);
        return now is null || name is null ? null : now != name;
    }

    /// <summary>Up to <paramref name="count"/> bytes from the file's start.</summary>
    public static byte[] Head(SafeFileHandle handle, int count = FingerprintBytes)
    {
        var head = new byte[count];
        int total = 0;
        int read;
        while (total < count && (read = RandomAccess.Read(handle, head.AsSpan(total), total)) > 0)
        {
            total += read;
        }

        return total == count ? head : head[..total];
    }
}
