using System.Reactive.Subjects;
using HttpMonitor.Cli;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Tests.Cli;

public sealed class HeadlessNotificationsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Headless_FailedNotification_IsOneLineOnStderr()
    {
        var errors = new StringWriter { NewLine = "\n" };
        var options = new MonitorOptions
        {
            Notifications = [new CommandChannelOptions { Name = "command false", Command = "false", Retries = 0 }],
        };
        var events = new Subject<MonitorEvent>();

        await using (AlertNotifications.Start(options, events, errors))
        {
            events.OnNext(new AlertEvent(AlertRuleSet.Errors(new MonitorOptions()), AlertState.Triggered, T0, 11, 11, 10, TimeSpan.Zero));
        }

        Assert.Equal(
            "httpmonitor: alerts are sent to command false\nhttpmonitor: notification to command false failed: false exited with code 1\n",
            errors.ToString());
    }

    [Fact]
    public async Task Headless_FailureWithTerminalEscapesFromTheCommand_IsPrintedEscaped()
    {
        var errors = new StringWriter { NewLine = "\n" };
        var options = new MonitorOptions
        {
            Notifications =
            [
                new CommandChannelOptions
                {
                    Name = "command peer", Command = "/bin/sh", Arguments = ["-c", "printf '\\033]52;c;cm0gLXJmIH4=\\007\\033[2Jboom\\n' >&2; exit 3"], Retries = 0,
                },
            ],
        };
        var events = new Subject<MonitorEvent>();

        await using (AlertNotifications.Start(options, events, errors))
        {
            events.OnNext(new AlertEvent(AlertRuleSet.Errors(new MonitorOptions()), AlertState.Triggered, T0, 11, 11, 10, TimeSpan.Zero));
        }

        Assert.Equal(
            @"httpmonitor: notification to command peer failed: /bin/sh exited with code 3: \x1b]52;c;cm0gLXJmIH4=\x07\x1b[2Jboom",
            errors.ToString().Split('\n')[1]);
    }

    [Fact]
    public async Task Headless_NoChannel_SaysNothing()
    {
        var errors = new StringWriter();

        await using (AlertNotifications.Start(new MonitorOptions(), new Subject<MonitorEvent>(), errors))
        {
        }

        Assert.Empty(errors.ToString());
    }
}
