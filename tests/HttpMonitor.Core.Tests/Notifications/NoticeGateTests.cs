using System.Reactive.Linq;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.SomeAlerts;

namespace HttpMonitor.Core.Tests.Notifications;

/// <summary>The gate in virtual time: the events carry the monitor's clock, one tick per closed second.</summary>
public sealed class NoticeGateTests
{
    private static readonly CommandChannelOptions Channel = new() { Name = "test", Command = "true" };

    private static List<string> Notices(NotificationChannelOptions channel, IEnumerable<MonitorEvent> events) =>
        events.ToObservable().ToNotices(channel).Select(Describe).ToList().Wait().ToList();

    private static string Describe(Notice n) =>
        $"{(int)(n.At - T0).TotalSeconds} {n.Kind} {n.Alert!.Rule.Name} {NoticeFormat.StateName(n.Alert.State)}";

    [Fact]
    public void Gate_Defaults_SendsEachTriggerAndRecoveryOnce()
    {
        var events = Timeline(1, 200, TrafficTriggered(30), ErrorsTriggered(40), ErrorsRecovered(50, 40), TrafficRecovered(150, 30));

        Assert.Equal(
            ["30 Alert traffic triggered", "40 Alert errors triggered", "50 Alert errors recovered", "150 Alert traffic recovered"],
            Notices(Channel, events));
    }

    [Fact]
    public void Gate_MinDuration_TriggerIsSentWhenDueAndNotOneSecondBefore()
    {
        var channel = Channel with { MinDuration = TimeSpan.FromSeconds(60) };

        Assert.Empty(Notices(channel, Timeline(1, 89, TrafficTriggered(30))));
        Assert.Equal(["30 Alert traffic triggered"], Notices(channel, Timeline(1, 90, TrafficTriggered(30))));
    }

    [Fact]
    public void Gate_MinDuration_FlapShorterThanIt_SendsNothingAtAll()
    {
        var channel = Channel with { MinDuration = TimeSpan.FromSeconds(60) };
        var events = Timeline(1, 300, TrafficTriggered(30), TrafficRecovered(89, 30), TrafficTriggered(100), TrafficRecovered(120, 100));

        Assert.Empty(Notices(channel, events));
    }

    [Fact]
    public void Gate_MinDuration_RecoveryOfAQualifiedAlert_IsSent()
    {
        var channel = Channel with { MinDuration = TimeSpan.FromSeconds(60) };

        Assert.Equal(
            ["30 Alert traffic triggered", "95 Alert traffic recovered"],
            Notices(channel, Timeline(1, 100, TrafficTriggered(30), TrafficRecovered(95, 30))));
    }

    [Fact]
    public void Gate_Renotify_RemindsEveryIntervalUntilTheRecovery()
    {
        var channel = Channel with { RenotifyInterval = TimeSpan.FromSeconds(100) };
        var events = Timeline(1, 400, ErrorsTriggered(10), ErrorsRecovered(250, 10));

        Assert.Equal(
            ["10 Alert errors triggered", "110 Reminder errors triggered", "210 Reminder errors triggered", "250 Alert errors recovered"],
            Notices(channel, events));
    }

    [Fact]
    public void Gate_Renotify_CountsFromTheDelayedTrigger()
    {
        var channel = Channel with { MinDuration = TimeSpan.FromSeconds(30), RenotifyInterval = TimeSpan.FromSeconds(100) };

        Assert.Equal(
            ["10 Alert errors triggered", "140 Reminder errors triggered"],
            Notices(channel, Timeline(1, 200, ErrorsTriggered(10))));
    }

    [Fact]
    public void Gate_KindAndStateFilters_LeaveTheRestOut()
    {
        var channel = Channel with { Alerts = new HashSet<string> { "errors" }, States = new HashSet<AlertState> { AlertState.Triggered } };
        var events = Timeline(1, 200, TrafficTriggered(30), ErrorsTriggered(40), ErrorsRecovered(50, 40), TrafficRecovered(150, 30));

        Assert.Equal(["40 Alert errors triggered"], Notices(channel, events));
    }

    [Fact]
    public void Gate_Notice_CarriesTheLatestClosedWindow()
    {
        var window = Window(20);
        var notice = new MonitorEvent[] { Tick(20), window, Tick(21), TrafficTriggered(21) }.ToObservable().ToNotices(Channel).ToList().Wait().Single();

        Assert.Same(window, notice.Window);
    }
}
