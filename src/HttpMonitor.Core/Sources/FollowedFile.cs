using HttpMonitor.Core.Platform;
using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Sources;

/// <summary>One file a follower has open: what it is, where it is in it, what it read there, and where its bytes go.</summary>
/// <remarks>
/// Invariants: <see cref="Head"/> holds the file's bytes [0, min(Position, FingerprintBytes)) and
/// <see cref="Tail"/> its bytes [Position - Tail.Length, Position), as they were read.
/// </remarks>
internal sealed class FollowedFile(SafeFileHandle handle, FileStat stat, IChunkSink sink) : IDisposable
{
    public SafeFileHandle Handle => handle;

    /// <summary>What the file is: its device and inode tell it from any other, whatever its name.</summary>
    public FileStat Stat => stat;

    public IChunkSink Sink => sink;

    public long Position { get; private set; }

    public byte[] Head { get; private set; } = [];

    public byte[] Tail { get; private set; } = [];

    /// <summary>When a rotated-out file is closed (timestamp of the follower's clock); unset while current.</summary>
    public long Deadline { get; set; }

    /// <summary>Where reading stopped, to go on from there if the file comes back after it was closed.</summary>
    public FileMark Mark => new(stat, Position, Head, Tail);

    /// <summary>Starts at the end: what the file holds now is not read.</summary>
    public void SkipToEnd()
    {
        Position = RandomAccess.GetLength(handle);
        Head = FileIdentity.Head(handle, (int)Math.Min(Position, FileIdentity.FingerprintBytes));
        Tail = FileIdentity.Bytes(handle, Math.Max(0, Position - FileIdentity.FingerprintBytes), (int)Math.Min(Position, FileIdentity.FingerprintBytes));
    }

    /// <summary>Goes on where <paramref name="mark"/> left this file, if it still holds what was read there.</summary>
    public bool TryResume(FileMark mark)
    {
        (Position, Head, Tail) = (mark.Position, mark.Head, mark.Tail);
        if (RandomAccess.GetLength(handle) >= Position && HoldsWhatWasRead())
        {
            return true;
        }

        (Position, Head, Tail) = (0, [], []);
        return false;
    }

    /// <summary>Reads what was appended since the last call into the sink; returns how many bytes.</summary>
    public long ReadAvailable(byte[] buffer)
    {
        long total = 0;
        int read;
        while ((read = RandomAccess.Read(handle, buffer, Position)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            if (Position < FileIdentity.FingerprintBytes)
            {
                int take = (int)Math.Min(read, FileIdentity.FingerprintBytes - Position);
                Head = [.. Head, .. chunk[..take]];
            }

            Tail = chunk.Length >= FileIdentity.FingerprintBytes
                ? chunk[^FileIdentity.FingerprintBytes..].ToArray()
                : [.. Tail.AsSpan(Math.Max(0, Tail.Length + chunk.Length - FileIdentity.FingerprintBytes)), .. chunk];
            Position += read;
            total += read;
            sink.Write(chunk);
            if (read < buffer.Length)
            {
                break; // the end for now: no need for one more call to learn it
            }
        }

        return total;
    }

    /// <summary>
    /// Whether the file was truncated under the reader (copytruncate): it is now shorter than what
    /// was read or, when it has grown, the bytes read are no longer there. Both its first bytes and
    /// those just before the read position are compared: a file truncated and written again past
    /// the old end, even from the same first lines, is not read on from the middle of its new content.
    /// </summary>
    public bool WasTruncated()
    {
        long length = RandomAccess.GetLength(handle);
        return length < Position || (length > Position && !HoldsWhatWasRead());
    }

    /// <summary>Starts again from the first byte; the held partial line is void.</summary>
    public void Restart()
    {
        (Position, Head, Tail) = (0, [], []);
        sink.Reset();
    }

    public void Dispose() => handle.Dispose();

    private bool HoldsWhatWasRead() =>
        FileIdentity.Head(handle, Head.Length).AsSpan().SequenceEqual(Head)
        && FileIdentity.Bytes(handle, Position - Tail.Length, Tail.Length).AsSpan().SequenceEqual(Tail);
}
