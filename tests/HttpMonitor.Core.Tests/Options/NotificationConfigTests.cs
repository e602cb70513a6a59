using System.Text.Json;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Tests.Options;

public sealed class NotificationConfigTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["HOOK_TOKEN"] = "t0k3n",
        ["SMTP_USER"] = "monitor",
        ["SMTP_PASSWORD"] = "s3cret",
    };

    private const string IssueExample = """
        [
          { "type": "webhook", "url": "https://hooks.slack.com/services/T/B/X", "style": "slack",
            "headers": { "Authorization": "Bearer ${HOOK_TOKEN}" } },
          { "type": "email", "host": "smtp.example.com", "port": 587, "security": "starttls",
            "username": "${SMTP_USER}", "password": "${SMTP_PASSWORD}",
            "from": "monitor@example.com", "to": ["ops@example.com", "oncall@example.com"] },
          { "type": "command", "command": "/usr/local/bin/page-oncall", "timeoutSeconds": 10 }
        ]
        """;

    private static IReadOnlyList<NotificationChannelOptions> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return NotificationConfig.Parse(document.RootElement, name => Environment.GetValueOrDefault(name));
    }

    [Fact]
    public void Parse_IssueExample_ReadsEveryChannelWithSecretsFromTheEnvironment()
    {
        var channels = Parse(IssueExample);

        var webhook = Assert.IsType<WebhookChannelOptions>(channels[0]);
        Assert.Equal(("webhook hooks.slack.com", WebhookStyle.Slack, "Bearer t0k3n"), (webhook.Name, webhook.Style, webhook.Headers["Authorization"]));
        var email = Assert.IsType<EmailChannelOptions>(channels[1]);
        Assert.Equal(("smtp.example.com", 587, SmtpSecurity.StartTls, "monitor", "s3cret"), (email.Host, email.Port, email.Security, email.Username, email.Password));
        Assert.Equal(["ops@example.com", "oncall@example.com"], email.To);
        var command = Assert.IsType<CommandChannelOptions>(channels[2]);
        Assert.Equal(("command page-oncall", "/usr/local/bin/page-oncall", TimeSpan.FromSeconds(10)), (command.Name, command.Command, command.Timeout));
    }

    [Fact]
    public void Parse_LeftOutSettings_KeepTheirDefaults()
    {
        var channel = Assert.IsType<WebhookChannelOptions>(Assert.Single(Parse("""[{ "type": "webhook", "url": "http://127.0.0.1:9/x" }]""")));

        Assert.Equal(WebhookStyle.Json, channel.Style);
        Assert.Null(channel.Alerts); // every rule
        Assert.Equal([AlertSeverity.Warning, AlertSeverity.Critical], channel.Severities.Order());
        Assert.Equal([AlertState.Triggered, AlertState.Recovered], channel.States.Order());
        Assert.Equal((TimeSpan.Zero, (TimeSpan?)null, TimeSpan.FromSeconds(10), 5, 100),
            (channel.MinDuration, channel.RenotifyInterval, channel.Timeout, channel.Retries, channel.QueueSize));
    }

    [Theory]
    [InlineData("none", 25)]
    [InlineData("starttls", 587)]
    [InlineData("tls", 465)]
    public void Parse_EmailWithoutPort_TakesThePortOfItsSecurity(string security, int port)
    {
        var email = Assert.IsType<EmailChannelOptions>(Assert.Single(Parse(
            $$"""[{ "type": "email", "host": "127.0.0.1", "security": "{{security}}", "from": "m@example.com", "to": "ops@example.com" }]""")));

        Assert.Equal(port, email.Port);
    }

    [Fact]
    public void Parse_DelayAndFilterSettings_AreRead()
    {
        var channel = Assert.Single(Parse("""
            [{ "type": "command", "command": "page", "alerts": ["errors"], "states": ["triggered"],
               "minDurationSeconds": 60, "renotifySeconds": 900, "retries": 0, "queueSize": 5 }]
            """));

        Assert.Equal(["errors"], channel.Alerts!);
        Assert.Equal([AlertState.Triggered], channel.States);
        Assert.Equal((TimeSpan.FromSeconds(60), (TimeSpan?)TimeSpan.FromSeconds(900), 0, 5),
            (channel.MinDuration, channel.RenotifyInterval, channel.Retries, channel.QueueSize));
    }

    [Fact]
    public void Parse_TwoChannelsWithTheSameDefaultName_AreToldApart()
    {
        var channels = Parse("""[{ "type": "command", "command": "a/page" }, { "type": "command", "command": "b/page" }]""");

        Assert.Equal(["command page", "command page [1]"], channels.Select(c => c.Name));
    }

    [Theory]
    [InlineData("""{ "type": "webhook" }""", "notifications[1].url: required")]
    [InlineData("""{ "type": "webhook", "url": "ftp://x" }""", "notifications[1].url: must be an http:// or https:// URL")]
    [InlineData("""{ "type": "webhook", "url": "http://x", "style": "teams" }""", "notifications[1].style: must be \"json\" or \"slack\"")]
    [InlineData("""{ "type": "webhook", "url": "http://x", "headers": { "Bad Name": "v" } }""", "notifications[1].headers.Bad Name: is not a valid header name")]
    [InlineData("""{ "type": "email", "from": "a@b.c", "to": ["d@e.f"] }""", "notifications[1].host: required")]
    [InlineData("""{ "type": "email", "host": "h", "port": 70000, "from": "a@b.c", "to": ["d@e.f"] }""", "notifications[1].port: must be a whole number from 1 to 65535, not 70000")]
    [InlineData("""{ "type": "email", "host": "h", "port": "25", "from": "a@b.c", "to": ["d@e.f"] }""", "notifications[1].port: must be a whole number")]
    [InlineData("""{ "type": "email", "host": "h", "security": "ssl", "from": "a@b.c", "to": ["d@e.f"] }""", "notifications[1].security: must be \"none\" or \"starttls\" or \"tls\"")]
    [InlineData("""{ "type": "email", "host": "h", "from": "a@b.c", "to": [] }""", "notifications[1].to: must hold at least one address")]
    [InlineData("""{ "type": "email", "host": "h", "from": "a@b.c", "to": ["d@e.f", "nobody"] }""", "notifications[1].to[1]: must be a mail address")]
    [InlineData("""{ "type": "email", "host": "h", "username": "u", "from": "a@b.c", "to": ["d@e.f"] }""", "notifications[1].password: required with \"username\"")]
    [InlineData("""{ "type": "email", "host": "h", "password": "${NOT_SET}", "username": "u", "from": "a@b.c", "to": ["d@e.f"] }""", "notifications[1].password: environment variable NOT_SET is not set")]
    [InlineData("""{ "type": "command" }""", "notifications[1].command: required")]
    [InlineData("""{ "type": "command", "command": "x", "timeoutSeconds": 0 }""", "notifications[1].timeoutSeconds: must be a number of seconds above 0")]
    [InlineData("""{ "type": "command", "command": "x", "timeoutSeconds": 0.001 }""", "notifications[1].timeoutSeconds: must be at least 0.1 s, not 0.001")]
    [InlineData("""{ "type": "command", "command": "x", "alerts": ["errors", 3] }""", "notifications[1].alerts[1]: must be a string, not 3")]
    [InlineData("""{ "type": "command", "command": "x", "severities": "urgent" }""", "notifications[1].severities: must list \"warning\" and/or \"critical\", not \"urgent\"")]
    [InlineData("""{ "type": "command", "command": "x", "states": [] }""", "notifications[1].states: must not be empty (leave the key out for all)")]
    [InlineData("""{ "type": "command", "command": "x", "retries": 1.5 }""", "notifications[1].retries: must be a whole number, not 1.5")]
    [InlineData("""{ "type": "command", "command": "x", "args": ["-v", 2] }""", "notifications[1].args[1]: must be a string, not 2")]
    [InlineData("""{ "type": "email", "host": "h", "from": "a@b.c", "to": "d@e.f", "security": 1 }""", "notifications[1].security: must be \"none\" or \"starttls\" or \"tls\", not 1")]
    [InlineData("""{ "type": "webhook", "url": "http://x", "headers": { "X-Token": 3 } }""", "notifications[1].headers.X-Token: must be a string, not 3")]
    [InlineData("""{ "type": "webhook", "url": "http://x", "headers": [] }""", "notifications[1].headers: must be an object {\"name\": \"value\", …}, not []")]
    [InlineData("""{ "type": "webhook", "type": "email" }""", "notifications[1].type: given twice: keep one")]
    [InlineData("""{ "type": "command", "command": "x", "url": "http://x" }""", "notifications[1].url: unknown key for a command channel; known keys: type, command, args, name, alerts,")]
    [InlineData("""{ "command": "x", "type": "command", "bogus": 1 }""", "notifications[1].bogus: unknown key for a command channel")]
    [InlineData("""{ "type": "pager" }""", "notifications[1].type: must be \"webhook\", \"email\" or \"command\", not \"pager\"")]
    [InlineData("""{ "url": "http://x" }""", "notifications[1].type: required")]
    [InlineData("""42""", "notifications[1]: must be an object {\"type\": \"webhook\", …}, not 42")]
    [InlineData("""{ "type": 7 }""", "notifications[1].type: must be \"webhook\", \"email\" or \"command\", not 7")]
    public void Parse_BadChannel_NamesTheKeyByItsPath(string second, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => Parse($$"""[{ "type": "command", "command": "fine" }, {{second}}]"""));

        Assert.StartsWith(expected, e.Message);
    }

    [Fact]
    public void Parse_TypeAfterTheOtherKeys_IsRead()
    {
        var channel = Assert.Single(Parse("""[{ "command": "/usr/local/bin/page", "type": "command" }]"""));

        Assert.Equal("/usr/local/bin/page", Assert.IsType<CommandChannelOptions>(channel).Command);
    }

    [Fact]
    public void Parse_NotAList_SaysWhatItMustBe()
    {
        var e = Assert.Throws<ConfigException>(() => Parse("""{ "type": "webhook" }"""));

        Assert.Equal("notifications: must be a list [{\"type\": \"webhook\", …}, …], not { \"type\": \"webhook\" }", e.Message);
    }

    [Fact]
    public void ConfigFile_OnlyNotifications_IsValidAndKeepsEveryOtherDefault()
    {
        var options = ConfigFile.Parse("""{ "notifications": [{ "type": "webhook", "url": "http://127.0.0.1:9/x" }] }""", "config.json");

        Assert.Equal(new MonitorOptions() with { Notifications = options.Notifications }, options);
        Assert.IsType<WebhookChannelOptions>(Assert.Single(options.Notifications));
    }

    [Fact]
    public void ConfigFile_BadChannel_IsOneLineWithTheFileAndTheKeyPath()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigFile.Parse("""{ "notifications": [{ "type": "email" }] }""", "config.json"));

        Assert.Equal("config.json: notifications[0].host: required: the SMTP server", e.Message);
    }
}
