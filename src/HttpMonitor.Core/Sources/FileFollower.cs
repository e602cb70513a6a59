namespace HttpMonitor.Core.Sources;

/// <summary>Receives a chunk of bytes read from a followed file.</summary>
public delegate void ChunkHandler(ReadOnlySpan<byte> chunk);

/// <summary>
/// Follows a file by name as it grows, like <c>tail -F</c>: starts at its end (or its start),
/// waits for it while it is missing, and starts again from the beginning when it is truncated.
/// </summary>
public sealed class FileFollower(string path, bool fromStart, TimeProvider time)
{
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(250);

    private FollowStatus? _status;

    public TimeSpan PollInterval { get; init; } = DefaultPollInterval;

    /// <summary>Raised on the reading thread when the state changes.</summary>
    public event Action<FollowStatus>? StatusChanged;

    public FollowStatus Status => _status ?? new FollowStatus(path, FollowState.Waiting);

    /// <param name="onChunk">Bytes appended to the file, in order.</param>
    /// <param name="onRestart">The file was truncated or replaced: a held partial line is void.</param>
    /// <param name="onCaughtUp">Called once, the first time everything present was read.</param>
    public async Task RunAsync(ChunkHandler onChunk, Action onRestart, Action onCaughtUp, CancellationToken cancel)
    {
        var buffer = new byte[LogStreams.ChunkSize];
        bool startAtEnd = !fromStart;
        bool caughtUp = false;
        FileStream? file = null;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                file ??= TryOpen(ref startAtEnd);
                if (file is not null)
                {
                    ReadAvailable(file, buffer, onChunk);
                    if (IsTruncated(file))
                    {
                        file.Position = 0;
                        onRestart();
                        continue;
                    }
                }

                if (!caughtUp)
                {
                    caughtUp = true;
                    onCaughtUp();
                }

                await Task.Delay(PollInterval, time, cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
        finally
        {
            file?.Dispose();
        }
    }

    private FileStream? TryOpen(ref bool startAtEnd)
    {
        try
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 0);
            if (startAtEnd)
            {
                file.Seek(0, SeekOrigin.End);
            }

            Report(FollowState.Following);
            return file;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // A file that appears later is new: read it from its first byte.
            startAtEnd = false;
            Report(FollowState.Waiting);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            Report(FollowState.Failing, e.Message);
            return null;
        }
    }

    private static void ReadAvailable(FileStream file, byte[] buffer, ChunkHandler onChunk)
    {
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            onChunk(buffer.AsSpan(0, read));
        }
    }

    private bool IsTruncated(FileStream file)
    {
        try
        {
            return new FileInfo(path).Length < file.Position;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void Report(FollowState state, string? problem = null)
    {
        var status = new FollowStatus(path, state, problem);
        if (status != _status)
        {
            _status = status;
            StatusChanged?.Invoke(status);
        }
    }
}
