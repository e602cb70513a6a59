using HttpMonitor.Core.Platform;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Follows a log by name as it grows, like <c>tail -F</c>, without losing or repeating a line:
/// <list type="bullet">
/// <item>starts at its end (or its start); a file missing at start, or deleted, is waited for and
/// read from its first byte when it appears;</item>
/// <item>a file is known by its device and inode, not its name: one rotated out (renamed, or deleted
/// and recreated) is still read for <see cref="RotationGrace"/>, for what the server writes there before
/// it reopens, while the new one is read from its first byte, each into its own <see cref="IChunkSink"/>;
/// a file that comes back (renamed back, a link pointed at it again) is read on from where it was left;</item>
/// <item>copytruncate (the file is shorter than what was read, or the bytes read are no longer there):
/// read again from its start, the held partial line dropped;</item>
/// <item>a pipe (FIFO, <c>/dev/stdin</c>, <c>&lt;(…)</c>) is read as a stream from where it is, until its
/// writers close it; a device or directory is never opened;</item>
/// <item>permission denied or an I/O error: reported in <see cref="Status"/> and retried.</item>
/// </list>
/// The name is looked at on every change notification and every <see cref="PollInterval"/>.
/// A stop is never held up by an open or read that blocks: that is left behind, its output closed.
/// </summary>
/// <remarks>
/// Limits: a file that comes and goes at the name between two looks (within one notification's delay,
/// or one <see cref="PollInterval"/> where notifications are lost) is not read; lines written between
/// the last read and a copytruncate are gone with the old bytes (logrotate's own race), and so are
/// those of a rewrite that keeps both the first KiB and the KiB before the read position.
/// </remarks>
public sealed class FileFollower(string path, bool fromStart, TimeProvider time) : IFollowedInputs
{
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan DefaultRotationGrace = TimeSpan.FromSeconds(5);

    private StopGate _gate = new();
    private FollowStatus? _status;
    private FollowedName? _name;
    private long _bytesRead;

    /// <summary>Time between two looks at the file by name, the backstop of change notifications. The default is 250 ms.</summary>
    public TimeSpan PollInterval { get; init; } = DefaultPollInterval;

    /// <summary>How long a rotated-out file is still read after its name went to another file. The default is 5 seconds.</summary>
    public TimeSpan RotationGrace { get; init; } = DefaultRotationGrace;

    /// <summary>Whether file-system notifications wake the follower before the next poll. The default is true.</summary>
    public bool UseNotifications { get; init; } = true;

    /// <summary>Raised on the reading thread when the state changes; not after <see cref="RunAsync"/> returned.</summary>
    public event Action<FollowStatus>? StatusChanged;

    public FollowStatus Status => _status ?? new FollowStatus(path, FollowState.Waiting);

    /// <summary>How many times the name went to another file (rename, delete and recreate, a link pointed elsewhere) while followed.</summary>
    public int Rotations => Volatile.Read(ref _name)?.Rotations ?? 0;

    /// <summary>How many times the file was truncated under the reader (copytruncate) and read again from its start.</summary>
    public int Truncations => Volatile.Read(ref _name)?.Truncations ?? 0;

    /// <summary>Bytes read from every file so far, truncated ones read again included.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Rotated-out files still read during their grace period.</summary>
    internal int Draining => Volatile.Read(ref _name)?.Draining ?? 0;

    /// <param name="newSink">Called for each file opened: where its bytes go. Called on the reading thread.</param>
    /// <param name="onCaughtUp">Called once, the first time everything present was read (for a pipe, at once).</param>
    /// <param name="cancel">Stops following; a partial last line is then left unread.</param>
    /// <remarks>Returns when cancelled, or when a pipe's writers closed it. Nothing reaches a sink after it returned.</remarks>
    public async Task RunAsync(Func<IChunkSink> newSink, Action onCaughtUp, CancellationToken cancel)
    {
        var gate = _gate = new StopGate();
        Func<IChunkSink> sinks = () => gate.Guard(newSink());
        Action caughtUp = () => gate.Run(onCaughtUp);
        var following = FileStats.Of(path, out _) is { Kind: FileKind.Pipe }
            ? Task.Factory.StartNew(() => FollowPipe(sinks(), caughtUp, cancel), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : Task.Run(() => FollowFileAsync(sinks, caughtUp, cancel), CancellationToken.None);
        try
        {
            // An open or read that blocks (a FIFO without a writer, a hung network file system) does
            // not hold up a stop: it is left behind, and the gate keeps it from being heard.
            await following.WaitAsync(cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
        finally
        {
            gate.Close();
        }
    }

    private async Task FollowFileAsync(Func<IChunkSink> newSink, Action onCaughtUp, CancellationToken cancel)
    {
        var buffer = new byte[LogStreams.ChunkSize];
        bool startAtEnd = !fromStart;
        bool caughtUp = false;
        using var name = new FollowedName(path, time);
        using var hint = new ChangeHint(path);
        Volatile.Write(ref _name, name);
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                try
                {
                    if (UseNotifications)
                    {
                        hint.TryStart();
                    }

                    var (state, problem) = name.Check(newSink, RotationGrace, ref startAtEnd);
                    Interlocked.Add(ref _bytesRead, name.Read(buffer, time.GetTimestamp()));

                    // Said once what the file holds now has been read: "reading" then means it.
                    Report(state, problem);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Whatever the file system does, the monitor goes on: said, and tried again at the next look.
                    Report(FollowState.Failing, e.Message);
                }

                if (!caughtUp)
                {
                    caughtUp = true;
                    onCaughtUp();
                }

                await hint.WaitAsync(name.NextWait(PollInterval, time.GetTimestamp()), cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
    }

    /// <summary>Reads a pipe from where it is to its end (all its writers gone): no seeking, no rotation.</summary>
    private void FollowPipe(IChunkSink sink, Action onCaughtUp, CancellationToken cancel)
    {
        Report(FollowState.Following);
        onCaughtUp(); // nothing in a pipe is old: all that comes is read
        var buffer = new byte[LogStreams.ChunkSize];
        try
        {
            // Waits for a writer when none has the FIFO open: a stop does not wait for this (see RunAsync).
            using var pipe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            int read;
            while (!cancel.IsCancellationRequested && (read = pipe.Read(buffer)) > 0)
            {
                Interlocked.Add(ref _bytesRead, read);
                sink.Write(buffer.AsSpan(0, read));
            }

            sink.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(FollowState.Failing, e is UnauthorizedAccessException ? LogPaths.PermissionDenied : e.Message);
        }
    }

    private void Report(FollowState state, string? problem = null)
    {
        var status = new FollowStatus(path, state, problem);
        if (status != _status)
        {
            _status = status;
            _gate.Run(() => StatusChanged?.Invoke(status));
        }
    }
}
