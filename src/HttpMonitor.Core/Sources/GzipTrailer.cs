namespace HttpMonitor.Core.Sources;

/// <summary>What follows a gzip member's deflate data (<see cref="GzipInput.SkipTrailer"/>).</summary>
internal enum GzipTrailer
{
    /// <summary>The trailer, with the CRC-32 and length of what the member gave.</summary>
    Found,

    /// <summary>Not that trailer: the member is damaged (or cut before the trailer's length).</summary>
    Mismatch,

    /// <summary>The trailer's CRC-32, and the file ends in its length: the file is truncated.</summary>
    CutShort,
}
