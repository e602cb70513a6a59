namespace HttpMonitor.Cli;

/// <summary>Shows how far a replay has read, on standard error, only when that is a terminal.</summary>
internal sealed class Progress : IDisposable
{
    private readonly Stream _raw;
    private readonly Timer _timer;
    private readonly long _length;

    private Progress(Stream raw)
    {
        _raw = raw;
        _length = raw.Length;
        _timer = new Timer(_ => Show(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Starts reporting on <paramref name="raw"/>'s position, or does nothing when there is nothing to show.</summary>
    public static IDisposable Start(Stream? raw) =>
        raw is { CanSeek: true, Length: > 0 } && !Console.IsErrorRedirected ? new Progress(raw) : new NoProgress();

    private void Show()
    {
        try
        {
            double done = 100.0 * _raw.Position / _length;
            Console.Error.Write($"\rreplay: {done,5:0.0}% of {_length / (1024.0 * 1024):0.0} MiB ");
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Console.Error.Write("\r\x1b[K"); // erase the progress line
    }

    private sealed class NoProgress : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
