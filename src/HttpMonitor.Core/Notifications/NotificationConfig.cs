using System.Text.Json;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using MimeKit;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// Reads the <c>notifications</c> array of config.json. A problem is a <see cref="ConfigException"/>
/// naming the key by its path, e.g. <c>notifications[1].host: required</c>.
/// </summary>
public static class NotificationConfig
{
    /// <summary>The shortest attempt timeout: Polly's own lower bound is 10 ms, and less is never meant.</summary>
    private static readonly TimeSpan MinTimeout = TimeSpan.FromSeconds(0.1);

    private static readonly string[] CommonKeys =
        ["type", "name", "alerts", "states", "minDurationSeconds", "renotifySeconds", "timeoutSeconds", "retries", "queueSize"];

    private static readonly Dictionary<string, string[]> KeysByType = new()
    {
        ["webhook"] = [.. CommonKeys, "url", "style", "headers"],
        ["email"] = [.. CommonKeys, "host", "port", "security", "username", "password", "from", "to", "top"],
        ["command"] = [.. CommonKeys, "command", "args"],
    };

    /// <param name="environment">Looks up the variables <c>${NAME}</c> refers to.</param>
    public static IReadOnlyList<NotificationChannelOptions> Parse(JsonElement notifications, Func<string, string?> environment)
    {
        if (notifications.ValueKind != JsonValueKind.Array)
        {
            throw new ConfigException($"notifications: must be a list [{{\"type\": \"webhook\", …}}, …], not {notifications.GetRawText()}");
        }

        var channels = new List<NotificationChannelOptions>();
        int index = 0;
        foreach (var element in notifications.EnumerateArray())
        {
            var channel = Channel(new Entry(element, $"notifications[{index}]", environment));
            if (channels.Any(c => c.Name == channel.Name))
            {
                channel = channel with { Name = $"{channel.Name} [{index}]" };
            }

            channels.Add(channel);
            index++;
        }

        return channels;
    }

    private static NotificationChannelOptions Channel(Entry e)
    {
        string type = e.String("type") ?? throw e.Problem("type", "required: \"webhook\", \"email\" or \"command\"");
        if (!KeysByType.TryGetValue(type, out var keys))
        {
            throw e.Problem("type", $"must be \"webhook\", \"email\" or \"command\", not \"{type}\"");
        }

        e.CheckKeys(keys, $"a {type} channel");
        NotificationChannelOptions channel = type switch
        {
            "webhook" => Webhook(e),
            "email" => Email(e),
            _ => Command(e),
        };
        return Common(e, channel);
    }

    private static WebhookChannelOptions Webhook(Entry e)
    {
        string url = e.String("url") ?? throw e.Problem("url", "required: the http:// or https:// address to POST alerts to");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw e.Problem("url", $"must be an http:// or https:// URL, not \"{url}\"");
        }

        return new WebhookChannelOptions
        {
            Name = $"webhook {uri.Host}",
            Url = uri,
            Style = e.Choice("style", ["json", "slack"]) switch
            {
                "slack" => WebhookStyle.Slack,
                _ => WebhookStyle.Json,
            },
            Headers = e.Headers("headers"),
        };
    }

    private static EmailChannelOptions Email(Entry e)
    {
        string host = e.String("host") ?? throw e.Problem("host", "required: the SMTP server");
        if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            throw e.Problem("host", $"must be a host name or address, not \"{host}\"");
        }

        var security = e.Choice("security", ["none", "starttls", "tls"]) switch
        {
            "none" => SmtpSecurity.None,
            "tls" => SmtpSecurity.Tls,
            _ => SmtpSecurity.StartTls,
        };
        int port = e.Integer("port", 1, 65535) ?? security switch
        {
            SmtpSecurity.None => 25,
            SmtpSecurity.Tls => 465,
            _ => 587,
        };
        string? username = e.String("username");
        string? password = e.String("password");
        if (username is not null && password is null)
        {
            throw e.Problem("password", "required with \"username\" (write \"${SMTP_PASSWORD}\" to take it from the environment)");
        }

        if (password is not null && username is null)
        {
            throw e.Problem("username", "required with \"password\"");
        }

        string from = e.String("from") ?? throw e.Problem("from", "required: the sender address");
        Address(e, "from", from);
        var to = e.Strings("to") ?? throw e.Problem("to", "required: a list of recipient addresses");
        if (to.Count == 0)
        {
            throw e.Problem("to", "must hold at least one address");
        }

        for (int i = 0; i < to.Count; i++)
        {
            Address(e, $"to[{i}]", to[i]);
        }

        return new EmailChannelOptions
        {
            Name = $"email {host}",
            Host = host,
            Port = port,
            Security = security,
            Username = username,
            Password = password,
            From = from,
            To = to,
            Top = e.Integer("top", 0, 100) ?? 5,
        };
    }

    private static CommandChannelOptions Command(Entry e)
    {
        string command = e.String("command") ?? throw e.Problem("command", "required: the program to run");
        if (string.IsNullOrWhiteSpace(command))
        {
            throw e.Problem("command", "must not be empty");
        }

        return new CommandChannelOptions
        {
            Name = $"command {Path.GetFileName(command)}",
            Command = command,
            Arguments = e.Strings("args") ?? [],
        };
    }

    private static NotificationChannelOptions Common(Entry e, NotificationChannelOptions c) => c with
    {
        Name = e.String("name") is { } name
            ? (string.IsNullOrWhiteSpace(name) ? throw e.Problem("name", "must not be empty") : name)
            : c.Name,
        Alerts = e.Set("alerts", new Dictionary<string, AlertKind> { ["traffic"] = AlertKind.Traffic, ["errors"] = AlertKind.Errors }) ?? c.Alerts,
        States = e.Set("states", new Dictionary<string, AlertState> { ["triggered"] = AlertState.Triggered, ["recovered"] = AlertState.Recovered }) ?? c.States,
        MinDuration = e.Seconds("minDurationSeconds", allowZero: true) ?? c.MinDuration,
        RenotifyInterval = e.Seconds("renotifySeconds", allowZero: false) ?? c.RenotifyInterval,
        Timeout = e.Seconds("timeoutSeconds", allowZero: false) is { } timeout
            ? (timeout >= MinTimeout ? timeout : throw e.Problem("timeoutSeconds", $"must be at least {MinTimeout.TotalSeconds} s, not {timeout.TotalSeconds}"))
            : c.Timeout,
        Retries = e.Integer("retries", 0, 20) ?? c.Retries,
        QueueSize = e.Integer("queueSize", 1, 100_000) ?? c.QueueSize,
    };

    private static void Address(Entry e, string key, string address)
    {
        if (!MailboxAddress.TryParse(address, out var mailbox) || !mailbox.Address.Contains('@'))
        {
            throw e.Problem(key, $"must be a mail address like ops@example.com, not \"{address}\"");
        }
    }

    /// <summary>One channel's object, read key by key; strings have their <c>${NAME}</c> references expanded.</summary>
    private sealed class Entry
    {
        private readonly JsonElement _object;
        private readonly string _path;
        private readonly Func<string, string?> _environment;

        public Entry(JsonElement element, string path, Func<string, string?> environment)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException($"{path}: must be an object {{\"type\": \"webhook\", …}}, not {element.GetRawText()}");
            }

            _object = element;
            _path = path;
            _environment = environment;
        }

        public ConfigException Problem(string key, string problem) => new($"{_path}.{key}: {problem}");

        public void CheckKeys(string[] known, string what)
        {
            foreach (var property in _object.EnumerateObject())
            {
                if (!known.Contains(property.Name))
                {
                    throw Problem(property.Name, $"unknown key for {what}; known keys: {string.Join(", ", known)}");
                }
            }
        }

        public string? String(string key) => Get(key) is { } v ? Text(v, key) : null;

        public string? Choice(string key, string[] choices)
        {
            string? value = String(key);
            return value is null || choices.Contains(value)
                ? value
                : throw Problem(key, $"must be {string.Join(" or ", choices.Select(c => $"\"{c}\""))}, not \"{value}\"");
        }

        public int? Integer(string key, int min, int max) => Get(key) is { } v
            ? v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) && i >= min && i <= max
                ? i
                : throw Problem(key, $"must be a whole number from {min} to {max}, not {v.GetRawText()}")
            : null;

        public TimeSpan? Seconds(string key, bool allowZero) => Get(key) is { } v
            ? v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out double d) && double.IsFinite(d)
                && (allowZero ? d >= 0 : d > 0) && d <= MonitorOptions.MaxIntervalSeconds
                ? TimeSpan.FromSeconds(d)
                : throw Problem(key, $"must be a number of seconds {(allowZero ? "from 0" : "above 0")} to {MonitorOptions.MaxIntervalSeconds}, not {v.GetRawText()}")
            : null;

        /// <summary>A list of strings; a single string is a list of one.</summary>
        public IReadOnlyList<string>? Strings(string key)
        {
            if (Get(key) is not { } v)
            {
                return null;
            }

            if (v.ValueKind == JsonValueKind.String)
            {
                return [Text(v, key)];
            }

            if (v.ValueKind != JsonValueKind.Array)
            {
                throw Problem(key, $"must be a list of strings [\"…\", …], not {v.GetRawText()}");
            }

            return v.EnumerateArray().Select((item, i) => Text(item, $"{key}[{i}]")).ToList();
        }

        public IReadOnlySet<T>? Set<T>(string key, Dictionary<string, T> names)
        {
            if (Strings(key) is not { } values)
            {
                return null;
            }

            var set = new HashSet<T>();
            foreach (string value in values)
            {
                set.Add(names.TryGetValue(value, out var item)
                    ? item
                    : throw Problem(key, $"must list {string.Join(" and/or ", names.Keys.Select(n => $"\"{n}\""))}, not \"{value}\""));
            }

            return set.Count > 0 ? set : throw Problem(key, "must not be empty (leave the key out for all)");
        }

        public IReadOnlyDictionary<string, string> Headers(string key)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (Get(key) is not { } v)
            {
                return headers;
            }

            if (v.ValueKind != JsonValueKind.Object)
            {
                throw Problem(key, $"must be an object {{\"Header-Name\": \"value\", …}}, not {v.GetRawText()}");
            }

            foreach (var header in v.EnumerateObject())
            {
                if (header.Name.Length == 0 || !header.Name.All(IsTokenChar))
                {
                    throw Problem($"{key}.{header.Name}", "is not a valid header name");
                }

                string value = Text(header.Value, $"{key}.{header.Name}");
                if (value.Contains('\r') || value.Contains('\n'))
                {
                    throw Problem($"{key}.{header.Name}", "must not hold a line break");
                }

                headers[header.Name] = value;
            }

            return headers;
        }

        private JsonElement? Get(string key) =>
            _object.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

        private string Text(JsonElement v, string key)
        {
            if (v.ValueKind != JsonValueKind.String)
            {
                throw Problem(key, $"must be a string, not {v.GetRawText()}");
            }

            return EnvironmentReferences.TryExpand(v.GetString()!, _environment, out string expanded, out string? problem)
                ? expanded
                : throw Problem(key, problem!);
        }

        private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
    }
}
