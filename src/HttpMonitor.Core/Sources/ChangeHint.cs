namespace HttpMonitor.Core.Sources;

/// <summary>
/// Wakes a follower early when the file system reports a change to the followed name. Only a hint:
/// notifications are lost on some file systems (network shares, bind mounts in containers) and when
/// the watcher cannot be created (no directory yet, inotify limits), so the follower polls anyway.
/// </summary>
internal sealed class ChangeHint(string path) : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private FileSystemWatcher? _watcher;
    private bool _gaveUp;

    /// <summary>Starts watching if not yet done and the directory exists; quietly does nothing otherwise.</summary>
    public void TryStart()
    {
        if (_watcher is not null || _gaveUp)
        {
            return;
        }

        string full = Path.GetFullPath(path);
        string? directory = Path.GetDirectoryName(full);
        if (directory is null || !Directory.Exists(directory))
        {
            return;
        }

        try
        {
            var watcher = new FileSystemWatcher(directory, Path.GetFileName(full))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, _) => Signal();
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // inotify limits reached, or a file system without notifications: polling alone.
            _gaveUp = true;
        }
    }

    /// <summary>Waits for a change or the timeout, whichever comes first; many changes in between wake it once.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancel) => _signal.WaitAsync(timeout, cancel);

    private void Signal()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (Exception e) when (e is SemaphoreFullException or ObjectDisposedException)
        {
            // Already signalled, or stopping.
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _signal.Dispose();
    }
}
