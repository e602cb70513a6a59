using System.Reactive.Linq;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// Every input of a live run as one stream of <see cref="LogInput"/>s: each file followed as a
/// source of its own (every file read gets a new source id, so a partial line never joins another
/// file's), globs looked at again every <see cref="GlobInterval"/> for new files, standard input
/// read as a stream, and the syslog listener's lines. With several inputs each line carries its
/// origin, so windows report top sources.
/// </summary>
/// <remarks>
/// <see cref="LogInputKind.CaughtUp"/> comes once, when every input present at start has been read
/// (the wall clock joins in then). The end of standard input ends the run: every other input stops.
/// </remarks>
internal sealed class LiveInputs(IReadOnlyList<LogSpec> logs, SyslogListener? syslog, bool fromStart, TimeProvider time, Func<Stream> standardInput)
{
    /// <summary>How often a glob is looked at for new files.</summary>
    public static readonly TimeSpan GlobInterval = TimeSpan.FromSeconds(1);

    public const string StandardInputName = "stdin";

    private readonly bool _several = logs.Count > 1 || syslog is not null || logs.Any(l => l.IsGlob);
    private readonly List<FileFollower> _followers = [];
    private int _sources;

    /// <summary>Raised when a file starts being followed (one named, or a glob's match), before it is read.</summary>
    public event Action<FileFollower>? Following;

    /// <summary>The files followed so far.</summary>
    public IReadOnlyList<FileFollower> Followers
    {
        get
        {
            lock (_followers)
            {
                return [.. _followers];
            }
        }
    }

    /// <summary>The inputs until <paramref name="stop"/>, or until standard input ends.</summary>
    public IObservable<LogInput> Observe(CancellationToken stop) =>
        Observable.Defer(() =>
        {
            var ended = CancellationTokenSource.CreateLinkedTokenSource(stop);
            var parts = logs.Select(log => log.IsStandardInput ? StandardInput(ended)
                    : log.IsGlob ? Glob(log, ended.Token)
                    : File(log.Path, Origin(log.Path, log.Vhost), fromStart, ended.Token))
                .ToList();
            if (syslog is not null)
            {
                parts.Add(syslog.Inputs(ended.Token).StartWith(LogInput.CaughtUp));
            }

            return OneCaughtUp(parts.Merge(), parts.Count).Finally(ended.Dispose);
        });

    /// <summary>The inputs with their <see cref="LogInputKind.CaughtUp"/>s made one, after the last of <paramref name="count"/>.</summary>
    private static IObservable<LogInput> OneCaughtUp(IObservable<LogInput> merged, int count) =>
        Observable.Defer(() =>
        {
            int caughtUp = 0;
            return merged.Where(i => i.Kind != LogInputKind.CaughtUp || ++caughtUp == count);
        });

    private LogOrigin? Origin(string name, string? vhost) => _several || vhost is not null ? new LogOrigin(name, vhost) : null;

    /// <summary>One file, followed as <see cref="FileFollower"/> does; completes when <paramref name="stop"/> is cancelled.</summary>
    private IObservable<LogInput> File(string path, LogOrigin? origin, bool fromItsStart, CancellationToken stop) =>
        Observable.Create<LogInput>(async (observer, unsubscribed) =>
        {
            var follower = new FileFollower(path, fromItsStart, time);
            lock (_followers)
            {
                _followers.Add(follower);
            }

            Following?.Invoke(follower);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, unsubscribed);
            await follower.RunAsync(
                () => new InputSink(observer, Interlocked.Increment(ref _sources), origin),
                () => observer.OnNext(LogInput.CaughtUp),
                either.Token).ConfigureAwait(false);
            observer.OnCompleted();
        });

    /// <summary>
    /// The files a glob matches at start (as <c>--from-start</c> says), then each new match from its
    /// first byte; caught up when those of the start are.
    /// </summary>
    private IObservable<LogInput> Glob(LogSpec glob, CancellationToken stop) =>
        Observable.Create<LogInput>(async (observer, unsubscribed) =>
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, unsubscribed);
            var known = new HashSet<string>(StringComparer.Ordinal);
            var first = LogGlob.Matches(glob.Path);
            known.UnionWith(first);
            var later = Observable.Create<IObservable<LogInput>>(async (news, token) =>
            {
                using var both = CancellationTokenSource.CreateLinkedTokenSource(either.Token, token);
                while (await Delay(both.Token).ConfigureAwait(false))
                {
                    foreach (string path in LogGlob.Matches(glob.Path).Where(known.Add))
                    {
                        news.OnNext(File(path, Origin(path, glob.Vhost), fromItsStart: true, both.Token).Where(i => i.Kind != LogInputKind.CaughtUp));
                    }
                }

                news.OnCompleted();
            });
            var atStart = first.Select(path => File(path, Origin(path, glob.Vhost), fromStart, either.Token)).ToList();
            await OneCaughtUp(atStart.Merge(), atStart.Count).StartWith(atStart.Count == 0 ? [LogInput.CaughtUp] : [])
                .Merge(later.Merge())
                .Do(observer)
                .LastOrDefaultAsync();
        });

    /// <summary>Standard input read as a stream; at its end the last line counts and the whole run ends.</summary>
    private IObservable<LogInput> StandardInput(CancellationTokenSource ended) =>
        Observable.Create<LogInput>(async (observer, unsubscribed) =>
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(ended.Token, unsubscribed);
            observer.OnNext(LogInput.CaughtUp); // a live stream: what it holds is now
            var sink = new InputSink(observer, Interlocked.Increment(ref _sources), Origin(StandardInputName, logs.Single(l => l.IsStandardInput).Vhost));
            var stream = standardInput();
            var buffer = new byte[LogStreams.ChunkSize];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, CancellationToken.None).AsTask().WaitAsync(either.Token).ConfigureAwait(false)) > 0)
                {
                    sink.Write(buffer.AsSpan(0, read));
                }

                sink.Flush();
                await ended.CancelAsync().ConfigureAwait(false); // the end of the input is the end of the run
            }
            catch (OperationCanceledException) when (either.IsCancellationRequested)
            {
                // Stopped: a read that waits is left behind.
            }

            observer.OnCompleted();
        });

    private async Task<bool> Delay(CancellationToken stop)
    {
        try
        {
            await Task.Delay(GlobInterval, time, stop).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
