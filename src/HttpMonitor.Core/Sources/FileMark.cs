using HttpMonitor.Core.Platform;

namespace HttpMonitor.Core.Sources;

/// <summary>Where reading a file stopped when it was closed, and the bytes read around there to tell it is still the same.</summary>
internal sealed record FileMark(FileStat Stat, long Position, byte[] Head, byte[] Tail);
