using System.Text;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// The last <see cref="Capacity"/> bytes of a stream read to its end: everything before them is
/// dropped as it streams, so a program that writes gigabytes costs <see cref="Capacity"/> bytes.
/// Safe to read from while <see cref="ReadToEndAsync"/> runs.
/// </summary>
internal sealed class OutputTail(int capacity)
{
    private const int ChunkBytes = 16 * 1024;

    private readonly byte[] _ring = new byte[capacity];
    private readonly object _gate = new();
    private long _total;

    public int Capacity => capacity;

    /// <summary>Bytes read so far, kept or not.</summary>
    public long Total
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>Reads <paramref name="stream"/> until its end, a read error or <paramref name="cancel"/>; never throws.</summary>
    public async Task ReadToEndAsync(Stream stream, CancellationToken cancel)
    {
        byte[] chunk = new byte[ChunkBytes];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
            {
                Append(chunk.AsSpan(0, read));
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The pipe broke or the caller stopped waiting: what was read is the tail.
        }
    }

    /// <summary>The bytes kept, oldest first.</summary>
    public byte[] Kept()
    {
        lock (_gate)
        {
            int count = (int)Math.Min(_total, capacity);
            int start = (int)((_total - count) % Math.Max(1, capacity));
            byte[] kept = new byte[count];
            int first = Math.Min(count, capacity - start);
            _ring.AsSpan(start, first).CopyTo(kept);
            _ring.AsSpan(0, count - first).CopyTo(kept.AsSpan(first));
            return kept;
        }
    }

    /// <summary>
    /// The last line that is not blank, trimmed; it starts with "…" when its beginning was
    /// dropped. Empty when there is none.
    /// </summary>
    public string LastLine()
    {
        byte[] kept = Kept();
        bool cut = Total > kept.Length;
        string text = Encoding.UTF8.GetString(kept);
        string[] lines = text.Split('\n');
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            string line = lines[i].Trim();
            if (line.Length > 0)
            {
                // The first line kept may be the end of a longer one, and its first character the
                // end of a multi-byte one (U+FFFD): mark it cut rather than show half a character.
                return i == 0 && cut ? "…" + line.TrimStart('\uFFFD') : line;
            }
        }

        return "";
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            if (capacity > 0)
            {
                var fresh = bytes.Length > capacity ? bytes[^capacity..] : bytes;
                int at = (int)((_total + bytes.Length - fresh.Length) % capacity);
                int first = Math.Min(fresh.Length, capacity - at);
                fresh[..first].CopyTo(_ring.AsSpan(at));
                fresh[first..].CopyTo(_ring);
            }

            _total += bytes.Length;
        }
    }
}
