namespace HttpMonitor.Core.Sources;

/// <summary>
/// What stat(2) says of a file: its kind, size and identity. <see cref="Device"/> and
/// <see cref="Inode"/> name one file whatever its name; both are 0 where they cannot be read.
/// </summary>
internal readonly record struct FileStat(FileKind Kind, long Size, ulong Device = 0, ulong Inode = 0)
{
    /// <summary>Whether <see cref="Device"/> and <see cref="Inode"/> were read (Linux).</summary>
    public bool HasIdentity => Inode != 0;

    /// <summary>Whether both name the same file; false when either identity is unknown.</summary>
    public bool IsSameFile(FileStat other) => HasIdentity && Device == other.Device && Inode == other.Inode;
}
