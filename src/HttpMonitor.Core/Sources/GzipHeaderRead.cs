namespace HttpMonitor.Core.Sources;

/// <summary>How reading a gzip member's header went (<see cref="GzipHeader.Skip"/>).</summary>
internal enum GzipHeaderRead
{
    /// <summary>Read: the deflate data is next.</summary>
    Read,

    /// <summary>It does not start with gzip's signature, 1f 8b.</summary>
    NotGzip,

    /// <summary>A signature, but a method or flags gzip does not know.</summary>
    Damaged,

    /// <summary>The file ends inside it.</summary>
    CutShort,
}
