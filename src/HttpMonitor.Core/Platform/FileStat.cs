namespace HttpMonitor.Core.Platform;

/// <summary>
/// What stat(2) says of a file: its kind, size, identity and owner. <see cref="Device"/> and
/// <see cref="Inode"/> name one file whatever its name; both are 0 where they cannot be read, and
/// so are <see cref="User"/> and <see cref="Group"/>.
/// </summary>
internal readonly record struct FileStat(FileKind Kind, long Size, ulong Device = 0, ulong Inode = 0, uint User = 0, uint Group = 0)
{
    /// <summary>Whether <see cref="Device"/> and <see cref="Inode"/> were read (Linux).</summary>
    public bool HasIdentity => Inode != 0;

    /// <summary>Whether both name the same file; false when either identity is unknown.</summary>
    public bool IsSameFile(FileStat other) => HasIdentity && Device == other.Device && Inode == other.Inode;
}
