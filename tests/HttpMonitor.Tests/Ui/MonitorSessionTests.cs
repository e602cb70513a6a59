using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Sources;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class MonitorSessionTests
{
    [Fact]
    public async Task StatusChanges_ReportTheFollowedFilesState_AsItsFollowerDoes()
    {
        var directory = Directory.CreateTempSubdirectory("httpmonitor-session-");
        try
        {
            string log = Path.Combine(directory.FullName, "access.log");
            await File.WriteAllTextAsync(log, "");
            using var monitor = new LiveMonitor(log, Some.Options, Scheduler.Default, TimeProvider.System);
            using var session = new MonitorSession(monitor);
            var following = session.StatusChanges.FirstAsync(s => s.State == FollowState.Following).ToTask();
            using var stop = new CancellationTokenSource();
            var running = monitor.RunAsync(stop.Token);

            var status = await following.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(new FollowStatus(log, FollowState.Following), status);
            await stop.CancelAsync();
            await running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
