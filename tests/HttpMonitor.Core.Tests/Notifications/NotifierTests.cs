using System.Reactive.Linq;
using System.Reactive.Subjects;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Tests.Support;
using Xunit.Abstractions;
using static HttpMonitor.Core.Tests.Support.SomeAlerts;

namespace HttpMonitor.Core.Tests.Notifications;

/// <summary>Every channel type at once, over the real protocols on 127.0.0.1.</summary>
public sealed class NotifierTests(ITestOutputHelper output) : IDisposable
{
    private readonly LoopbackHttpServer _slack = new();
    private readonly LoopbackHttpServer _json = new();
    private readonly LoopbackSmtpServer _smtp = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("httpmonitor-notifier-").FullName;

    private IReadOnlyList<NotificationChannelOptions> Channels()
    {
        string script = Path.Combine(_folder, "page.sh");
        File.WriteAllText(script, "#!/bin/sh\necho \"$HTTPMONITOR_ALERT $HTTPMONITOR_STATE $HTTPMONITOR_VALUE\" >> \"$1\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return
        [
            new WebhookChannelOptions { Name = "slack", Url = _slack.Url, Style = WebhookStyle.Slack },
            new WebhookChannelOptions { Name = "webhook", Url = _json.Url, Alerts = new HashSet<string> { "errors" } },
            new EmailChannelOptions
            {
                Name = "email", Host = "127.0.0.1", Port = _smtp.Port, Security = SmtpSecurity.None,
                From = "monitor@example.com", To = ["ops@example.com"],
            },
            new CommandChannelOptions { Name = "command", Command = script, Arguments = [Path.Combine(_folder, "paged.txt")] },
        ];
    }

    [Fact]
    public async Task Notifier_AlertsFromTheMonitor_ReachEveryChannelOnce()
    {
        await using var notifier = new Notifier(Channels(), new ManualTimeProvider());
        var results = new CollectingResults();
        using var log = notifier.Results.Subscribe(r => output.WriteLine($"{r.Message}: {NoticeFormat.Message(r.Notice)}"));
        using var collect = notifier.Results.Subscribe(results.Add);
        var events = new Subject<MonitorEvent>();
        using var attached = notifier.Attach(events);

        foreach (var e in Timeline(1, 60, ErrorsTriggered(30)))
        {
            events.OnNext(e);
        }

        var delivered = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            var result = await results.NextAsync();
            Assert.True(result.Delivered, result.Message);
            delivered.Add(result.Channel);
        }

        Assert.Equal(["command", "email", "slack", "webhook"], delivered.Order());
        Assert.Contains("errors = 11", (await _slack.NextRequestAsync()).Body);
        Assert.Contains("\"alert\":\"errors\"", (await _json.NextRequestAsync()).Body);
        Assert.Equal(["ops@example.com"], (await _smtp.NextMailAsync()).Recipients);
        Assert.Equal(["errors triggered 11"], File.ReadAllLines(Path.Combine(_folder, "paged.txt")));
        Assert.Equal((1, 1), (_slack.Count, _json.Count));
    }

    [Fact]
    public async Task NotifyTest_EveryChannel_ReportsItsOwnResult()
    {
        var channels = Channels().Append(new CommandChannelOptions { Name = "broken", Command = Path.Combine(_folder, "missing") }).ToList();
        await using var notifier = new Notifier(channels, new ManualTimeProvider());

        var results = await notifier.NotifyTestAsync();

        foreach (var result in results)
        {
            output.WriteLine(result.Message);
        }

        Assert.Equal(
            ["notification to slack delivered", "notification to webhook delivered", "notification to email delivered", "notification to command delivered", "notification to broken failed: cannot run"],
            results.Select(r => r.Message.Split(':')[0] + (r.Delivered ? "" : ": cannot run")));
        Assert.Contains("HttpMonitor test notification", (await _slack.NextRequestAsync()).Body);
        Assert.Contains("\"type\":\"test\"", (await _json.NextRequestAsync()).Body);
    }

    public void Dispose()
    {
        _slack.Dispose();
        _json.Dispose();
        _smtp.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
