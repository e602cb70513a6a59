using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Follows a file by name as it grows, like <c>tail -F</c>, without losing or repeating a line:
/// <list type="bullet">
/// <item>starts at its end (or its start); a file missing at start, or deleted, is waited for and
/// read from its first byte when it appears;</item>
/// <item>rotation by rename (or delete and recreate): the old file is still read for
/// <see cref="RotationGrace"/>, for what the server writes there before it reopens, while the new
/// one is read from its first byte, each into its own <see cref="IChunkSink"/>;</item>
/// <item>copytruncate (the file is shorter than what was read, or its first bytes changed): read
/// again from its start, the held partial line dropped;</item>
/// <item>permission denied or an I/O error: reported in <see cref="Status"/> and retried.</item>
/// </list>
/// Change notifications wake it early; it polls every <see cref="PollInterval"/> anyway.
/// </summary>
/// <remarks>
/// Limits: a file rotated twice between two checks (less than <see cref="PollInterval"/>) is skipped
/// whole; lines written between the last read and a copytruncate are gone with the old bytes (logrotate's
/// own race). A rename is told from the kernel's name of the open file on Linux, by size and first
/// bytes elsewhere (see <see cref="FileIdentity"/>).
/// </remarks>
public sealed class FileFollower(string path, bool fromStart, TimeProvider time)
{
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan DefaultRotationGrace = TimeSpan.FromSeconds(5);

    private FollowStatus? _status;
    private int _rotations;
    private long _bytesRead;

    /// <summary>Time between two checks of the file by name, the backstop of change notifications. The default is 250 ms.</summary>
    public TimeSpan PollInterval { get; init; } = DefaultPollInterval;

    /// <summary>How long a rotated-out file is still read after its name went to another file. The default is 5 seconds.</summary>
    public TimeSpan RotationGrace { get; init; } = DefaultRotationGrace;

    /// <summary>Whether file-system notifications wake the follower before the next poll. The default is true.</summary>
    public bool UseNotifications { get; init; } = true;

    /// <summary>Raised on the reading thread when the state changes.</summary>
    public event Action<FollowStatus>? StatusChanged;

    public FollowStatus Status => _status ?? new FollowStatus(path, FollowState.Waiting);

    /// <summary>How many times the name went to another file (rename, delete and recreate) while followed.</summary>
    public int Rotations => Volatile.Read(ref _rotations);

    /// <summary>Bytes read from every file so far, truncated ones read again included.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Rotated-out files still read during their grace period.</summary>
    internal int Draining { get; private set; }

    /// <param name="newSink">Called for each file opened: where its bytes go. Called on the reading thread.</param>
    /// <param name="onCaughtUp">Called once, the first time everything present was read.</param>
    /// <param name="cancel">Stops following; a partial last line is then left unread.</param>
    public async Task RunAsync(Func<IChunkSink> newSink, Action onCaughtUp, CancellationToken cancel)
    {
        var buffer = new byte[LogStreams.ChunkSize];
        bool startAtEnd = !fromStart;
        bool caughtUp = false;
        long nextCheck = 0;
        FollowedFile? current = null;
        var draining = new List<FollowedFile>();
        using var hint = new ChangeHint(path);
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                long now = time.GetTimestamp();
                try
                {
                    if (current is null || now >= nextCheck)
                    {
                        if (UseNotifications)
                        {
                            hint.TryStart();
                        }

                        current = Check(current, draining, newSink, ref startAtEnd);
                        nextCheck = now + (long)(PollInterval.TotalSeconds * time.TimestampFrequency);
                    }

                    ReadDraining(draining, buffer, now);
                    if (current is not null)
                    {
                        ReadCurrent(current, buffer);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Whatever the file system does, the monitor goes on: said, and tried again at the next poll.
                    Report(FollowState.Failing, e.Message);
                }

                if (!caughtUp)
                {
                    caughtUp = true;
                    onCaughtUp();
                }

                await hint.WaitAsync(PollInterval, cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
        finally
        {
            current?.Dispose();
            draining.ForEach(f => f.Dispose());
        }
    }

    /// <summary>Opens the name again and compares it with the file being read: rotated, truncated, gone or unchanged.</summary>
    private FollowedFile? Check(FollowedFile? current, List<FollowedFile> draining, Func<IChunkSink> newSink, ref bool startAtEnd)
    {
        var fresh = TryOpen(out var state, out string? problem);
        if (fresh is null)
        {
            // Gone or unreadable by name. A file renamed or deleted is drained; one merely made
            // unreadable (chmod) is still read through the handle already open.
            if (current is not null && (FileIdentity.WasMoved(current.Handle, current.Name) ?? state == FollowState.Waiting))
            {
                Retire(current, draining);
                current = null;
            }

            if (current is null)
            {
                // A file that appears later is new: read it from its first byte.
                startAtEnd &= state != FollowState.Waiting;
                Report(state, problem);
            }

            return current;
        }

        if (current is null)
        {
            current = new FollowedFile(fresh, newSink());
            if (startAtEnd)
            {
                current.SkipToEnd();
            }

            startAtEnd = false;
            Report(FollowState.Following);
            return current;
        }

        if (FileIdentity.IsSame(current.Handle, fresh))
        {
            fresh.Dispose();
            if (current.WasTruncated(checkHead: true))
            {
                current.Restart();
            }

            Report(FollowState.Following);
            return current;
        }

        Retire(current, draining);
        Interlocked.Increment(ref _rotations);
        Report(FollowState.Following);
        return new FollowedFile(fresh, newSink());
    }

    private void ReadCurrent(FollowedFile current, byte[] buffer)
    {
        if (current.WasTruncated(checkHead: false))
        {
            current.Restart();
        }

        Interlocked.Add(ref _bytesRead, current.ReadAvailable(buffer));
    }

    /// <summary>Reads what the server still wrote to rotated-out files; closes those past their grace.</summary>
    private void ReadDraining(List<FollowedFile> draining, byte[] buffer, long now)
    {
        for (int i = draining.Count - 1; i >= 0; i--)
        {
            var file = draining[i];
            bool done = now >= file.Deadline;
            try
            {
                Interlocked.Add(ref _bytesRead, file.ReadAvailable(buffer));
            }
            catch (IOException)
            {
                done = true;
            }

            if (done)
            {
                file.Sink.Flush();
                file.Dispose();
                draining.RemoveAt(i);
            }
        }

        Draining = draining.Count;
    }

    private void Retire(FollowedFile file, List<FollowedFile> draining)
    {
        file.Deadline = time.GetTimestamp() + (long)(RotationGrace.TotalSeconds * time.TimestampFrequency);
        draining.Add(file);
        Draining = draining.Count;
    }

    private SafeFileHandle? TryOpen(out FollowState state, out string? problem)
    {
        problem = null;
        try
        {
            state = FollowState.Following;
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            state = FollowState.Waiting;
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            state = FollowState.Failing;
            problem = e.Message;
            return null;
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
