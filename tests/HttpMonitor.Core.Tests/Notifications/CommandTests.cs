using System.Globalization;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.SomeAlerts;

namespace HttpMonitor.Core.Tests.Notifications;

/// <summary>A real script, run as the command channel, writes down what it was given.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("httpmonitor-command-").FullName;

    /// <summary>
    /// The channel for a shell script run as <c>/bin/sh script args…</c>: a script written and then
    /// executed at once can fail with "Text file busy" while another test starts a process.
    /// </summary>
    private CommandChannelOptions Script(string name, string body, params string[] args)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, body + "\n");
        return new() { Name = "command test", Command = "/bin/sh", Arguments = [path, .. args] };
    }

    [Fact]
    public async Task Command_Alert_GetsItsFieldsInTheEnvironment()
    {
        string output = Path.Combine(_folder, "env.txt");
        using var sender = new CommandSender(Script("record.sh", "env | grep '^HTTPMONITOR_' | grep -v '^HTTPMONITOR_RUN=' | sort > \"$1\"", output));
        var alert = TrafficRecovered(150, 30);

        await sender.SendAsync(new Notice(NoticeKind.Alert, alert.At, alert, null), CancellationToken.None);

        Assert.Equal(
            [
                "HTTPMONITOR_ALERT=traffic",
                "HTTPMONITOR_AVERAGE=9.75",
                "HTTPMONITOR_DURATION_SECONDS=120",
                "HTTPMONITOR_KIND=alert",
                "HTTPMONITOR_MESSAGE=High traffic alert recovered - hits = 1170, recovered at 2026-11-23T00:02:30Z, lasted 2m 00s",
                "HTTPMONITOR_METRIC=rate",
                "HTTPMONITOR_SEVERITY=warning",
                "HTTPMONITOR_STATE=recovered",
                "HTTPMONITOR_THRESHOLD=10",
                "HTTPMONITOR_TIME=2026-11-23T00:02:30Z",
                "HTTPMONITOR_VALUE=1170",
            ],
            File.ReadAllLines(output));
    }

    [Fact]
    public async Task Command_Run_IsMarkedWithAnIdOfItsOwn()
    {
        string output = Path.Combine(_folder, "run.txt");
        using var sender = new CommandSender(Script("record.sh", "echo \"$HTTPMONITOR_RUN\" >> \"$1\"", output));

        await sender.SendAsync(Notice.Test(At(0)), CancellationToken.None);
        await sender.SendAsync(Notice.Test(At(0)), CancellationToken.None);

        string[] runs = File.ReadAllLines(output);
        Assert.Equal(2, runs.Distinct().Count(r => r.Length == 32));
    }

    [Fact]
    public async Task Command_NonZeroExit_FailsWithItsCodeAndLastErrorLine()
    {
        using var sender = new CommandSender(Script("fail.sh", "echo 'starting' >&2\necho 'pager service down' >&2\nexit 3"));

        var e = await Assert.ThrowsAsync<NotificationException>(() => sender.SendAsync(Notice.Test(At(0)), CancellationToken.None));

        Assert.Equal("/bin/sh exited with code 3: pager service down", e.Message);
    }

    [Fact]
    public async Task Command_Missing_FailsForGoodWithoutRetry()
    {
        using var sender = new CommandSender(new CommandChannelOptions { Name = "command test", Command = Path.Combine(_folder, "no-such-program") });

        var e = await Assert.ThrowsAsync<NotificationException>(() => sender.SendAsync(Notice.Test(At(0)), CancellationToken.None));

        Assert.True(e.Permanent);
        Assert.Equal($"cannot run {Path.Combine(_folder, "no-such-program")}: No such file or directory", e.Message);
    }

    [Fact]
    public async Task Command_RunningPastItsTimeout_IsKilledAndReported()
    {
        var time = new ManualTimeProvider();
        var results = new CollectingResults();
        var options = Script("hang.sh", "exec sleep 60") with { Timeout = TimeSpan.FromSeconds(10), Retries = 0 };
        await using var channel = new NotificationChannel(options, new CommandSender(options), time, results.Add);

        channel.Post(Notice.Test(At(0)));
        await time.WaitForTimerAsync(options.Timeout);
        time.Advance(options.Timeout);
        var result = await results.NextAsync();

        Assert.Equal("notification to command test failed: no answer within 10 s (timeoutSeconds): it may have arrived all the same", result.Message);
    }

    [Fact]
    public async Task Command_HugeStderrWithoutNewline_FailsWithABoundedTailOfIt()
    {
        using var sender = new CommandSender(Script("flood.sh", "head -c 16777216 /dev/zero | tr '\\0' x >&2\nprintf 'the end' >&2\nexit 3"));

        var e = await Assert.ThrowsAsync<NotificationException>(() => sender.SendAsync(Notice.Test(At(0)), CancellationToken.None));

        Assert.StartsWith("/bin/sh exited with code 3: …xxx", e.Message);
        Assert.EndsWith("xxxthe end", e.Message);
        Assert.InRange(e.Message.Length, 0, 200 + CommandSender.ErrorTailBytes);
    }

    [Fact]
    public async Task Command_ExitsWhileADetachedChildHoldsStderr_ReportsItsExitCodeAtOnce()
    {
        using var sender = new CommandSender(Script("detach.sh", "setsid sleep 60 &\necho 'pager service down' >&2\nexit 3"));
        var sending = sender.SendAsync(Notice.Test(At(0)), CancellationToken.None);

        var e = await Assert.ThrowsAsync<NotificationException>(() => sending.WaitAsync(ManualTimeProvider.Patience));

        Assert.Equal("/bin/sh exited with code 3: pager service down", e.Message);
    }

    [Fact]
    public async Task Command_ExitsLeavingADetachedChild_TheChildIsKilled()
    {
        string pidFile = Path.Combine(_folder, "child.pid");
        using var sender = new CommandSender(Script("detach.sh", "setsid sleep 60 &\necho $! > \"$1\"", pidFile));

        await sender.SendAsync(Notice.Test(At(0)), CancellationToken.None).WaitAsync(ManualTimeProvider.Patience);

        int child = int.Parse(File.ReadAllText(pidFile), CultureInfo.InvariantCulture);
        await Eventually.True(() => !Running(child), $"the detached child {child} to be killed");
    }

    [Fact]
    public async Task Command_RunningPastItsTimeout_ItsDetachedChildrenAreKilledToo()
    {
        string pidFile = Path.Combine(_folder, "child.pid");
        var time = new ManualTimeProvider();
        var results = new CollectingResults();
        var options = Script("hang.sh", "(setsid sleep 60 & echo $! > \"$1.tmp\" && mv \"$1.tmp\" \"$1\")\nexec sleep 60", pidFile)
            with { Timeout = TimeSpan.FromSeconds(10), Retries = 0 };
        await using var channel = new NotificationChannel(options, new CommandSender(options), time, results.Add);

        channel.Post(Notice.Test(At(0)));
        await Eventually.True(() => File.Exists(pidFile), "the script to start its detached child");
        await time.WaitForTimerAsync(options.Timeout);
        time.Advance(options.Timeout);
        await results.NextAsync();

        int child = int.Parse(File.ReadAllText(pidFile), CultureInfo.InvariantCulture);
        await Eventually.True(() => !Running(child), $"the detached child {child} to be killed");
    }

    /// <summary>Whether a process is alive: a zombie (killed, not yet reaped by its new parent) is not.</summary>
    private static bool Running(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
