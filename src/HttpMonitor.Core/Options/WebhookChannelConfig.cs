using System.ComponentModel;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Options;

/// <summary><c>"type": "webhook"</c> as config.json writes it; what the keys mean is on <see cref="WebhookChannelOptions"/>.</summary>
internal sealed record WebhookChannelConfig : ChannelConfig
{
    [Description("the http:// or https:// address to POST alerts to")]
    public required string Url { get; init; }

    public WebhookStyle? Style { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    protected override NotificationChannelOptions Specific(ChannelReader reader)
    {
        string key = Key(nameof(Url));
        if (!Uri.TryCreate(reader.Expand(key, Url), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw reader.Problem(key, $"must be an http:// or https:// URL, not {ChannelReader.Shown(Url)}");
        }

        var webhook = new WebhookChannelOptions { Name = $"webhook {uri.Host}", Url = uri };
        return webhook with
        {
            Style = Style ?? webhook.Style,
            Headers = Headers is null ? webhook.Headers : Checked(reader, Headers),
        };
    }

    private Dictionary<string, string> Checked(ChannelReader reader, IReadOnlyDictionary<string, string> headers)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, written) in headers)
        {
            string key = $"{Key(nameof(Headers))}.{name}";
            if (name.Length == 0 || !name.All(IsTokenChar))
            {
                throw reader.Problem(key, "is not a valid header name");
            }

            string value = reader.Expand(key, written);
            if (value.Contains('\r') || value.Contains('\n'))
            {
                throw reader.Problem(key, "must not hold a line break");
            }

            result[name] = value;
        }

        return result;
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
}
