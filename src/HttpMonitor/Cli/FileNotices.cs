using HttpMonitor.Core.Sources;

namespace HttpMonitor.Cli;

/// <summary>The status changes of every followed file told on stderr, each file's on its own (a glob adds files as they appear).</summary>
internal sealed class FileNotices : IDisposable
{
    private readonly List<FollowStatusNotices> _notices = [];

    public void Watch(FileFollower follower)
    {
        var notices = new FollowStatusNotices(status => Console.Error.WriteLine(LiveCommand.Describe(status)), TimeProvider.System, FollowStatusNotices.DefaultGrace);
        lock (_notices)
        {
            _notices.Add(notices);
        }

        follower.StatusChanged += notices.OnStatus;
    }

    public void Dispose()
    {
        lock (_notices)
        {
            _notices.ForEach(n => n.Dispose());
        }
    }
}
