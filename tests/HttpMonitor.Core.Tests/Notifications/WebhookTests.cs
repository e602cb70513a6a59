using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.SomeAlerts;

namespace HttpMonitor.Core.Tests.Notifications;

/// <summary>A real HTTP listener on 127.0.0.1 receives the POST.</summary>
public sealed class WebhookTests : IDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly ManualTimeProvider _time = new();
    private readonly CollectingResults _results = new();

    public WebhookTests() => _server = new LoopbackHttpServer();

    private WebhookChannelOptions Options(WebhookStyle style = WebhookStyle.Json) => new()
    {
        Name = "webhook test",
        Url = _server.Url,
        Style = style,
        Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer t0k3n" },
    };

    [Fact]
    public async Task Webhook_JsonStyle_PostsTheJsonlAlertObject()
    {
        var alert = TrafficTriggered(30);
        using var sender = new WebhookSender(Options());

        await sender.SendAsync(new Notice(NoticeKind.Alert, alert.At, alert, null), CancellationToken.None);

        var request = await _server.NextRequestAsync();
        Assert.Equal("POST /hook HTTP/1.1", request.RequestLine);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal("Bearer t0k3n", request.Headers["Authorization"]);
        Assert.Equal("traffic-triggered-1795392030", request.Headers["Idempotency-Key"]);
        Assert.Equal(
            """{"type":"alert","alert":"traffic","state":"triggered","time":"2026-11-23T00:00:30Z","hits":1232,"average":10.27,"threshold":10,"message":"High traffic generated an alert - hits = 1232, triggered at 2026-11-23T00:00:30Z"}""",
            request.Body);
    }

    [Fact]
    public async Task Webhook_SlackStyle_PostsTheScreenMessageAsText()
    {
        var alert = ErrorsRecovered(50, 40);
        using var sender = new WebhookSender(Options(WebhookStyle.Slack));

        await sender.SendAsync(new Notice(NoticeKind.Alert, alert.At, alert, null), CancellationToken.None);

        Assert.Equal(
            """{"text":"High error rate alert recovered - errors = 3, recovered at 2026-11-23T00:00:50Z, lasted 10s"}""",
            (await _server.NextRequestAsync()).Body);
    }

    [Fact]
    public async Task Webhook_Reminder_AddsReminderFieldsToTheAlertObject()
    {
        var alert = ErrorsTriggered(40);
        using var sender = new WebhookSender(Options());

        await sender.SendAsync(new Notice(NoticeKind.Reminder, At(340), alert, null), CancellationToken.None);

        Assert.EndsWith(
            ""","reminder":true,"reminderTime":"2026-11-23T00:05:40Z","reminderMessage":"High error rate generated an alert - errors = 11, triggered at 2026-11-23T00:00:40Z; still triggered at 2026-11-23T00:05:40Z, for 5m 00s"}""",
            (await _server.NextRequestAsync()).Body);
    }

    [Fact]
    public async Task Channel_Http500Then200_DeliversOnceAfterOneRetry()
    {
        using var failing = new LoopbackHttpServer(500);
        await using var channel = new NotificationChannel(Options() with { Url = failing.Url }, new WebhookSender(Options() with { Url = failing.Url }), _time, _results.Add);

        channel.Post(Notice(TrafficTriggered(30)));
        await _time.WaitForTimerAsync(NotificationChannel.FirstRetryDelay);
        _time.Advance(NotificationChannel.FirstRetryDelay);
        var result = await _results.NextAsync();

        Assert.Equal((true, 2), (result.Delivered, result.Attempts));
        Assert.Equal(2, failing.Count);
        Assert.Equal((await failing.NextRequestAsync()).Body, (await failing.NextRequestAsync()).Body);
    }

    [Fact]
    public async Task Channel_NoAnswer_TimesOutThenRetries()
    {
        using var silent = new LoopbackHttpServer(0);
        var options = Options() with { Url = silent.Url, Timeout = TimeSpan.FromSeconds(7) };
        await using var channel = new NotificationChannel(options, new WebhookSender(options), _time, _results.Add);

        channel.Post(Notice(TrafficTriggered(30)));
        await silent.NextRequestAsync();
        await _time.WaitForTimerAsync(options.Timeout);
        _time.Advance(options.Timeout - TimeSpan.FromTicks(1));
        Assert.False(_time.HasTimer(NotificationChannel.FirstRetryDelay));
        _time.Advance(TimeSpan.FromTicks(1));
        await _time.WaitForTimerAsync(NotificationChannel.FirstRetryDelay);
        _time.Advance(NotificationChannel.FirstRetryDelay);
        var result = await _results.NextAsync();

        Assert.Equal((true, 2), (result.Delivered, result.Attempts));
    }

    [Fact]
    public async Task Channel_RetryAfterATimeout_CarriesTheSameIdempotencyKey()
    {
        using var slow = new LoopbackHttpServer(0);
        var options = Options() with { Url = slow.Url, Timeout = TimeSpan.FromSeconds(7) };
        await using var channel = new NotificationChannel(options, new WebhookSender(options), _time, _results.Add);

        channel.Post(Notice(TrafficTriggered(30)));
        var first = await slow.NextRequestAsync();
        await _time.WaitForTimerAsync(options.Timeout);
        _time.Advance(options.Timeout);
        await _time.WaitForTimerAsync(NotificationChannel.FirstRetryDelay);
        _time.Advance(NotificationChannel.FirstRetryDelay);
        var second = await slow.NextRequestAsync();

        Assert.Equal("traffic-triggered-1795392030", first.Headers["Idempotency-Key"]);
        Assert.Equal(first.Headers["Idempotency-Key"], second.Headers["Idempotency-Key"]);
    }

    [Fact]
    public async Task Channel_NoAnswerEver_ReportsTheTimeoutAfterTheLastAttempt()
    {
        using var silent = new LoopbackHttpServer(0, 0);
        var options = Options() with { Url = silent.Url, Timeout = TimeSpan.FromSeconds(7), Retries = 1 };
        await using var channel = new NotificationChannel(options, new WebhookSender(options), _time, _results.Add);

        channel.Post(Notice(TrafficTriggered(30)));
        await _time.WaitForTimerAsync(options.Timeout);
        _time.Advance(options.Timeout);
        await _time.WaitForTimerAsync(NotificationChannel.FirstRetryDelay);
        _time.Advance(NotificationChannel.FirstRetryDelay);
        await _time.WaitForTimerAsync(options.Timeout);
        _time.Advance(options.Timeout);
        var result = await _results.NextAsync();

        Assert.Equal("notification to webhook test failed: no answer within 7 s (timeoutSeconds): it may have arrived all the same (2 attempts)", result.Message);
    }

    [Fact]
    public async Task Channel_Http401_FailsAtOnceWithoutRetry()
    {
        using var refusing = new LoopbackHttpServer(401);
        var options = Options() with { Url = refusing.Url };
        await using var channel = new NotificationChannel(options, new WebhookSender(options), _time, _results.Add);

        channel.Post(Notice(TrafficTriggered(30)));
        var result = await _results.NextAsync();

        Assert.Equal("notification to webhook test failed: HTTP 401 Unauthorized", result.Message);
        Assert.Equal(1, refusing.Count);
    }

    [Fact]
    public async Task Webhook_302ToAnotherHost_FailsNamingTheLocation()
    {
        using var elsewhere = new LoopbackHttpServer();
        using var redirecting = new LoopbackHttpServer(302) { Location = elsewhere.Url };
        using var sender = new WebhookSender(Options() with { Url = redirecting.Url });

        var e = await Assert.ThrowsAsync<NotificationException>(() => sender.SendAsync(Notice(TrafficTriggered(30)), CancellationToken.None));

        Assert.Equal($"HTTP 302 Found: redirected to {elsewhere.Url}: point url at the final address", e.Message);
    }

    [Fact]
    public async Task Webhook_307ToAnotherHost_SendsNothingThere()
    {
        using var elsewhere = new LoopbackHttpServer();
        using var redirecting = new LoopbackHttpServer(307) { Location = elsewhere.Url };
        var options = Options() with { Url = redirecting.Url, Headers = new Dictionary<string, string> { ["X-Api-Key"] = "s3cret" } };
        using var sender = new WebhookSender(options);

        await Assert.ThrowsAsync<NotificationException>(() => sender.SendAsync(Notice(TrafficTriggered(30)), CancellationToken.None));

        Assert.Equal((1, 0), (redirecting.Count, elsewhere.Count));
    }

    [Fact]
    public async Task Channel_Redirect_FailsAtOnceWithoutRetry()
    {
        using var redirecting = new LoopbackHttpServer(301, 301) { Location = new Uri("https://example.com/moved") };
        var options = Options() with { Url = redirecting.Url };
        await using var channel = new NotificationChannel(options, new WebhookSender(options), _time, _results.Add);

        channel.Post(Notice(TrafficTriggered(30)));
        var result = await _results.NextAsync();

        Assert.Equal(
            "notification to webhook test failed: HTTP 301 MovedPermanently: redirected to https://example.com/moved: point url at the final address",
            result.Message);
        Assert.Equal(1, redirecting.Count);
    }

    private static Notice Notice(Core.Alerts.AlertEvent a) => new(NoticeKind.Alert, a.At, a, null);

    public void Dispose() => _server.Dispose();
}
