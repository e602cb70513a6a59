using System.ComponentModel;
using HttpMonitor.Core.Platform;
using Microsoft.Win32.SafeHandles;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// The regular files a followed name leads to, told apart by device and inode: the current one,
/// those rotated out and still read for their grace, and where reading stopped in those closed, so
/// that a file coming back to the name is read on, never again. Used on the reading thread only;
/// the counts are read from any thread.
/// </summary>
internal sealed class FollowedName(string path, TimeProvider time) : IDisposable
{
    private readonly List<FollowedFile> _draining = [];
    private readonly ReadFiles _closed = new();
    private FollowedFile? _current;
    private FileStat? _last;
    private int _rotations;
    private int _truncations;
    private int _drainingCount;

    /// <summary>How many times the name went to another file than the one read before.</summary>
    public int Rotations => Volatile.Read(ref _rotations);

    /// <summary>How many times the current file was truncated under the reader and read again from its start.</summary>
    public int Truncations => Volatile.Read(ref _truncations);

    public int Draining => Volatile.Read(ref _drainingCount);

    /// <summary>Looks at what the name is now (one stat): the file being read, another, or none; opens another.</summary>
    /// <returns>The state to report, with the problem when failing.</returns>
    public (FollowState State, string? Problem) Check(Func<IChunkSink> newSink, TimeSpan grace, ref bool startAtEnd)
    {
        if (FileStats.Of(path, out int error) is not { } named)
        {
            if (error is FileStats.NoSuchFile or FileStats.NotADirectory)
            {
                Retire(grace); // renamed or deleted: still read for its grace
                startAtEnd = false; // a file that appears later is new: read from its first byte
                return (FollowState.Waiting, null);
            }

            // The name cannot be looked at (a directory made unreadable): what is open is still read.
            return _current is null ? (FollowState.Failing, ProblemOf(error)) : (FollowState.Following, null);
        }

        if (named.Kind != FileKind.Regular)
        {
            // Something else took the name; it is never opened (a device never ends).
            Retire(grace);
            return (FollowState.Failing, LogPaths.NotALogFile(path, named.Kind));
        }

        return _current is not null && _current.Stat.IsSameFile(named) ? (FollowState.Following, null) : Open(named, newSink, grace, ref startAtEnd);
    }

    /// <summary>Reads what every open file holds that was not read yet; closes rotated-out files past their grace.</summary>
    /// <returns>The bytes read.</returns>
    public long Read(byte[] buffer, long now)
    {
        long total = 0;
        for (int i = _draining.Count - 1; i >= 0; i--)
        {
            var file = _draining[i];
            bool done = now >= file.Deadline;
            try
            {
                total += file.ReadAvailable(buffer);
            }
            catch (IOException)
            {
                done = true;
            }

            if (done)
            {
                file.Sink.Flush();
                _closed.Remember(file.Mark);
                file.Dispose();
                _draining.RemoveAt(i);
            }
        }

        Volatile.Write(ref _drainingCount, _draining.Count);
        if (_current is not null && _current.WasTruncated())
        {
            _current.Restart();
            Interlocked.Increment(ref _truncations);
        }

        return total + (_current?.ReadAvailable(buffer) ?? 0);
    }

    /// <summary>How long to wait before the next look: the poll interval, or less when a rotated-out file is due to close.</summary>
    public TimeSpan NextWait(TimeSpan poll, long now)
    {
        long due = _draining.Count == 0 ? long.MaxValue : _draining.Min(f => f.Deadline);
        return due == long.MaxValue ? poll : TimeSpan.FromTicks(Math.Clamp(time.GetElapsedTime(now, due).Ticks, 0, poll.Ticks));
    }

    public void Dispose()
    {
        _current?.Dispose();
        _draining.ForEach(f => f.Dispose());
    }

    private (FollowState, string?) Open(FileStat named, Func<IChunkSink> newSink, TimeSpan grace, ref bool startAtEnd)
    {
        SafeFileHandle fresh;
        try
        {
            fresh = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (_current is null ? FollowState.Waiting : FollowState.Following, null); // gone meanwhile: the next check says
        }
        catch (UnauthorizedAccessException)
        {
            // Another file, which may not be read: the one read so far was rotated out.
            Retire(grace);
            return (FollowState.Failing, LogPaths.PermissionDenied);
        }

        var stat = FileStats.Of(fresh) ?? named;
        if (_current is not null && FileIdentity.IsSame(_current, fresh, stat))
        {
            fresh.Dispose();
            return (FollowState.Following, null);
        }

        Retire(grace);
        _current = Adopt(fresh, stat, newSink, startAtEnd);
        startAtEnd = false;
        return (FollowState.Following, null);
    }

    /// <summary>The file now at the name: one coming back is read on where it was left; a new one from its start (or end).</summary>
    private FollowedFile Adopt(SafeFileHandle fresh, FileStat stat, Func<IChunkSink> newSink, bool startAtEnd)
    {
        if (_last is { } last && !last.IsSameFile(stat))
        {
            Interlocked.Increment(ref _rotations);
        }

        _last = stat;
        if (_draining.Find(f => f.Stat.IsSameFile(stat)) is { } back)
        {
            fresh.Dispose();
            _draining.Remove(back);
            Volatile.Write(ref _drainingCount, _draining.Count);
            return back;
        }

        var file = new FollowedFile(fresh, stat, newSink());
        if (_closed.Take(stat) is { } mark && file.TryResume(mark))
        {
            return file;
        }

        if (startAtEnd)
        {
            file.SkipToEnd();
        }

        return file;
    }

    private void Retire(TimeSpan grace)
    {
        if (_current is null)
        {
            return;
        }

        _current.Deadline = time.GetTimestamp() + (long)(grace.TotalSeconds * time.TimestampFrequency);
        _draining.Add(_current);
        _current = null;
        Volatile.Write(ref _drainingCount, _draining.Count);
    }

    private static string ProblemOf(int error) =>
        error == FileStats.AccessDenied ? LogPaths.PermissionDenied : new Win32Exception(error).Message;
}
