using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Platform;

/// <summary>
/// stat(2) of a path or an open file, through Linux's statx, whose layout is the same on every
/// architecture; .NET itself tells neither a FIFO from a device nor one file from another.
/// Where statx is missing (not Linux) the kinds .NET tells are given, without identity.
/// </summary>
internal static partial class FileStats
{
    public const int NoSuchFile = 2;
    public const int AccessDenied = 13;
    public const int NotADirectory = 20;

    private const int CurrentDirectory = -100; // AT_FDCWD
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: the descriptor itself
    private const uint BasicStats = 0x7ff; // STATX_BASIC_STATS

    private static bool s_missing;

    /// <summary>What <paramref name="path"/> names (symbolic links followed), or null and the errno (<see cref="NoSuchFile"/>, …).</summary>
    public static FileStat? Of(string path, out int error)
    {
        error = 0;
        if (!s_missing && TryStatx(CurrentDirectory, path, out var stat, out error) is { } supported)
        {
            return supported ? stat : null;
        }

        return Fallback(path, out error);
    }

    /// <summary>What the open file is; null if that cannot be told.</summary>
    public static FileStat? Of(SafeFileHandle handle) =>
        !s_missing && TryStatx(handle, out var stat) == true ? stat : null;

    /// <returns>Whether it succeeded; null when statx is not there.</returns>
    private static bool? TryStatx(int directory, string path, out FileStat stat, out int error)
    {
        stat = default;
        error = 0;
        try
        {
            if (Statx(directory, path, 0, BasicStats, out var buffer) != 0)
            {
                error = Marshal.GetLastPInvokeError();
                return false;
            }

            stat = StatOf(buffer);
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_missing = true;
            return null;
        }
    }

    private static bool? TryStatx(SafeFileHandle handle, out FileStat stat)
    {
        stat = default;
        try
        {
            if (Statx(handle, "", EmptyPath, BasicStats, out var buffer) != 0)
            {
                return false;
            }

            stat = StatOf(buffer);
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_missing = true;
            return null;
        }
    }

    private static FileStat StatOf(in StatxBuffer buffer) =>
        new(KindOf(buffer.Mode), (long)buffer.Size, ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor, buffer.Inode, buffer.User, buffer.Group);

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Pipe,
        0x2000 or 0x6000 => FileKind.Device,
        _ => FileKind.Socket, // 0xC000; a link is never seen, statx follows it
    };

    private static FileStat? Fallback(string path, out int error)
    {
        error = 0;
        if (Directory.Exists(path))
        {
            return new FileStat(FileKind.Directory, 0);
        }

        if (File.Exists(path))
        {
            return new FileStat(FileKind.Regular, new FileInfo(path).Length);
        }

        error = NoSuchFile;
        return null;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(SafeFileHandle directory, string path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>struct statx (linux/stat.h): the fields read, at their fixed offsets.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(20)]
        public uint User;

        [FieldOffset(24)]
        public uint Group;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
