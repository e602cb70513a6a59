using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// How many lines were read, accepted, rejected and ignored, the format that read them, and the
/// first and latest rejected lines. Written by the reading thread, read from any other (the
/// window, the summary).
/// </summary>
/// <remarks>Invariant: <see cref="Lines"/> = <see cref="Accepted"/> + <see cref="Rejected"/> + <see cref="Ignored"/>; blank lines are not counted.</remarks>
public sealed class LineCounts
{
    /// <summary>Lines read before "most are rejected" is said while a log is followed: a few bad first lines are no reason.</summary>
    public const int NoticeAfterLines = 10;

    private long _accepted;
    private long _rejected;
    private long _ignored;
    private long _future;
    private long _dropped;
    private volatile string? _latestRejected;
    private volatile string? _firstRejected;
    private volatile string _format = LogFormats.Auto;
    private volatile bool _formatDetected;
    private volatile bool _mostlyRejectedSaid;

    /// <summary>
    /// Raised once, on the reading thread, when at least <see cref="NoticeAfterLines"/> lines were
    /// read and more than half of them were rejected: the format in use is probably not the log's.
    /// </summary>
    public event Action<LineCounts>? MostlyRejected;

    // One thread writes, so a volatile store of the incremented value is enough (no Interlocked
    // on every line); readers on other threads see a whole, recent value (64-bit stores are atomic).
    public long Accepted => Volatile.Read(ref _accepted);

    public long Rejected => Volatile.Read(ref _rejected);

    /// <summary>Lines that are not requests but directives (W3C's <c>#</c> lines).</summary>
    public long Ignored => Volatile.Read(ref _ignored);

    public long Lines => Accepted + Rejected + Ignored;

    /// <summary>Accepted lines stamped ahead of the wall clock (live only), counted as if stamped then.</summary>
    public long Future => Volatile.Read(ref _future);

    /// <summary>The inputs as the user named them, when the run reads several or listens for syslog; empty otherwise.</summary>
    public IReadOnlyList<string> Inputs { get; internal set; } = [];

    /// <summary>Messages turned away because the syslog buffer was full: never read, so not in <see cref="Lines"/>.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The latest rejected line as text (invalid UTF-8 shown as U+FFFD), or null.</summary>
    public string? LatestRejected => _latestRejected;

    /// <summary>The first rejected line as text, or null: what a wrong format shows first.</summary>
    public string? FirstRejected => _firstRejected;

    /// <summary>The name of the format reading the lines (<see cref="ILogFormat.Name"/>); "auto" until auto has seen a line.</summary>
    public string Format => _format;

    /// <summary>Whether <see cref="Format"/> was chosen by auto from the first line.</summary>
    public bool FormatDetected => _formatDetected;

    /// <summary>Whether more than half the lines read so far were rejected (and at least one was).</summary>
    public bool MostLinesRejected => Rejected > 0 && Rejected * 2 > Lines;

    /// <summary>Whether <see cref="MostlyRejected"/> was raised: the window shows it from then on.</summary>
    public bool MostlyRejectedSaid => _mostlyRejectedSaid;

    internal void SetFormat(string name, bool detected)
    {
        _format = name;
        _formatDetected = detected;
    }

    internal void CountAccepted() => Volatile.Write(ref _accepted, _accepted + 1);

    internal void CountIgnored() => Volatile.Write(ref _ignored, _ignored + 1);

    internal void CountFuture() => Volatile.Write(ref _future, _future + 1);

    /// <summary>Adds the counts of a part of the log read after everything counted so far (parallel parsing).</summary>
    internal void Add(LineCounts part)
    {
        _firstRejected ??= part.FirstRejected;
        _latestRejected = part.LatestRejected ?? _latestRejected;
        Volatile.Write(ref _accepted, _accepted + part.Accepted);
        Volatile.Write(ref _ignored, _ignored + part.Ignored);
        Volatile.Write(ref _rejected, _rejected + part.Rejected);
        NoticeIfMostlyRejected();
    }

    /// <summary>From the syslog listener's threads: the one count not written by the reading thread.</summary>
    internal void CountDropped() => Interlocked.Increment(ref _dropped);

    internal void CountRejected(string line)
    {
        _firstRejected ??= line;
        _latestRejected = line;
        Volatile.Write(ref _rejected, _rejected + 1);
        NoticeIfMostlyRejected();
    }

    private void NoticeIfMostlyRejected()
    {
        if (!_mostlyRejectedSaid && Lines >= NoticeAfterLines && MostLinesRejected)
        {
            _mostlyRejectedSaid = true;
            MostlyRejected?.Invoke(this);
        }
    }
}
