using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// POSTs a notice as JSON: the jsonl alert object, or Slack's <c>{"text": …}</c>. Redirects are
/// not followed: a 302 would turn the POST into a body-less GET (the alert lost, yet "ok"), a 307
/// would send the body and the headers (a token) to whatever host the answer names.
/// </summary>
public sealed class WebhookSender(WebhookChannelOptions options, HttpMessageHandler? handler = null) : INotificationSender
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Timeouts are the delivery pipeline's (per attempt), not HttpClient's.
    private readonly HttpClient _http = new(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public async Task SendAsync(Notice notice, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Content = new ByteArrayContent(Body(notice, options.Style)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.ParseAdd("httpmonitor/1");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", notice.Id);
        foreach (var (name, value) in options.Headers)
        {
            request.Headers.Remove(name);
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            string reason = e.InnerException is { } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal)
                ? $"{e.Message} ({inner.Message})"
                : e.Message;
            throw new NotificationException(reason, inner: e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(response);
            }
        }
    }

    /// <summary>
    /// Why a non-2xx answer is a failure. 4xx (but 408 and 429) and 3xx do not get better by
    /// retrying: the url or the token is wrong.
    /// </summary>
    private NotificationException Failure(HttpResponseMessage response)
    {
        var status = response.StatusCode;
        string answer = $"HTTP {(int)status} {response.ReasonPhrase}";
        if ((int)status is >= 300 and < 400)
        {
            string where = response.Headers.Location is { } location
                ? $"redirected to {new Uri(options.Url, location)}"
                : "redirected, without a Location";
            return new NotificationException($"{answer}: {where}: point url at the final address", permanent: true);
        }

        bool permanent = (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
        return new NotificationException(answer, permanent);
    }

    /// <summary>The request body for <paramref name="style"/>.</summary>
    public static byte[] Body(Notice notice, WebhookStyle style)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            if (style == WebhookStyle.Slack)
            {
                json.WriteString("text", NoticeFormat.Message(notice));
            }
            else if (notice.Alert is { } a)
            {
                AlertJson.WriteProperties(json, a);
                if (notice.Kind == NoticeKind.Reminder)
                {
                    json.WriteBoolean("reminder", true);
                    json.WriteString("reminderTime", TimeFormat.Utc(notice.At));
                    json.WriteString("reminderMessage", NoticeFormat.Message(notice));
                }
            }
            else
            {
                json.WriteString("type", "test");
                json.WriteString("time", TimeFormat.Utc(notice.At));
                json.WriteString("message", NoticeFormat.Message(notice));
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public void Dispose() => _http.Dispose();
}
