namespace HttpMonitor.Core.Platform;

/// <summary>What kind of file a path names, as stat(2) tells it.</summary>
internal enum FileKind
{
    /// <summary>A regular file: followed by name, across rotation and truncation.</summary>
    Regular,
    Directory,

    /// <summary>A FIFO or an anonymous pipe (<c>/dev/stdin</c>, <c>&lt;(…)</c>): read as a stream, from where it is.</summary>
    Pipe,

    /// <summary>A character or block device: never a log (<c>/dev/zero</c> never ends).</summary>
    Device,
    Socket,
}
