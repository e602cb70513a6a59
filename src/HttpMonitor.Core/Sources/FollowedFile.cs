using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Sources;

/// <summary>One file a follower has open: where it is in it, what it saw first, and where its bytes go.</summary>
/// <remarks>Invariant: <see cref="Head"/> holds the file's bytes [0, min(Position, FingerprintBytes)) as they were read.</remarks>
internal sealed class FollowedFile(SafeFileHandle handle, IChunkSink sink) : IDisposable
{
    public SafeFileHandle Handle => handle;

    public IChunkSink Sink => sink;

    /// <summary>The kernel's name for the file when it was opened (Linux), to tell a rename later.</summary>
    public string? Name { get; } = FileIdentity.CurrentName(handle);

    public long Position { get; private set; }

    public byte[] Head { get; private set; } = [];

    /// <summary>When a rotated-out file is closed (timestamp of the follower's clock); unset while current.</summary>
    public long Deadline { get; set; }

    /// <summary>Starts at the end: what the file holds now is not read.</summary>
    public void SkipToEnd()
    {
        Head = FileIdentity.Head(handle);
        Position = RandomAccess.GetLength(handle);
        if (Head.Length > Position)
        {
            Head = Head[..(int)Position];
        }
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
    /// was read, or its first bytes are not those read. The first bytes are compared whenever the
    /// file has grown, before it is read: one truncated and written again past the old end would
    /// otherwise be read from the middle of its new content; with <paramref name="checkHead"/> always.
    /// </summary>
    public bool WasTruncated(bool checkHead)
    {
        long length = RandomAccess.GetLength(handle);
        if (length < Position)
        {
            return true;
        }

        return (checkHead || length > Position) && Head.Length > 0 && !FileIdentity.Head(handle, Head.Length).AsSpan().SequenceEqual(Head);
    }

    /// <summary>Starts again from the first byte; the held partial line is void.</summary>
    public void Restart()
    {
        Position = 0;
        Head = [];
        sink.Reset();
    }

    public void Dispose() => handle.Dispose();
}
