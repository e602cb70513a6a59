using System.Text;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Tests.Support;
using MimeKit;
using static HttpMonitor.Core.Tests.Support.SomeAlerts;

namespace HttpMonitor.Core.Tests.Notifications;

/// <summary>MailKit talks to a real SMTP server on 127.0.0.1, written in the test.</summary>
public sealed class EmailTests : IDisposable
{
    private readonly LoopbackSmtpServer _server = new();

    private EmailChannelOptions Options(string? username = null, string? password = null) => new()
    {
        Name = "email test",
        Host = "127.0.0.1",
        Port = _server.Port,
        Security = SmtpSecurity.None,
        Username = username,
        Password = password,
        From = "monitor@example.com",
        To = ["ops@example.com", "oncall@example.com"],
    };

    [Fact]
    public async Task Email_Alert_ArrivesWithRecipientsSubjectMessageAndTopSections()
    {
        var alert = TrafficTriggered(30);
        using var sender = new EmailSender(Options());

        await sender.SendAsync(new Notice(NoticeKind.Alert, alert.At, alert, Window(30)), CancellationToken.None);

        var mail = await _server.NextMailAsync();
        Assert.Equal("monitor@example.com", mail.From);
        Assert.Equal(["ops@example.com", "oncall@example.com"], mail.Recipients);
        Assert.Null(mail.Login);
        using var message = MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(mail.Data)));
        Assert.Equal("[HttpMonitor] High traffic generated an alert - hits = 1232, triggered at 2026-11-23T00:00:30Z", message.Subject);
        Assert.Equal(["ops@example.com", "oncall@example.com"], message.To.Mailboxes.Select(m => m.Address));
        string body = message.TextBody!.ReplaceLineEndings("\n");
        Assert.StartsWith("High traffic generated an alert - hits = 1232, triggered at 2026-11-23T00:00:30Z\n", body);
        Assert.Contains("threshold         10\n", body);
        Assert.Contains("Top sections, 2026-11-23T00:00:20Z to 2026-11-23T00:00:30Z: 31 hits, 6 4xx, 5 5xx\n", body);
        Assert.Contains("  /static                         9 hits      1 4xx      1 5xx  heaviest /static/x.css\n", body);
    }

    [Fact]
    public async Task Email_WithLogin_AuthenticatesWithTheGivenCredentials()
    {
        using var sender = new EmailSender(Options("monitor", "s3cret"));

        await sender.SendAsync(Notice.Test(At(0)), CancellationToken.None);

        Assert.Equal("monitor:s3cret", (await _server.NextMailAsync()).Login);
    }

    [Fact]
    public async Task Email_NoServerListening_FailsWithAReason()
    {
        int port = _server.Port;
        _server.Dispose();
        using var sender = new EmailSender(Options() with { Port = port });

        var e = await Assert.ThrowsAsync<NotificationException>(() => sender.SendAsync(Notice.Test(At(0)), CancellationToken.None));

        Assert.False(e.Permanent);
        Assert.NotEmpty(e.Message);
    }

    public void Dispose() => _server.Dispose();
}
