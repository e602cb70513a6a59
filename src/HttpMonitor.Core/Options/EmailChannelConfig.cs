using System.ComponentModel;
using System.Text.Json.Serialization;
using HttpMonitor.Core.Notifications;
using MimeKit;

namespace HttpMonitor.Core.Options;

/// <summary><c>"type": "email"</c> as config.json writes it; what the keys mean is on <see cref="EmailChannelOptions"/>.</summary>
internal sealed record EmailChannelConfig : ChannelConfig
{
    [Description("the SMTP server")]
    public required string Host { get; init; }

    public int? Port { get; init; }

    public SmtpSecurity? Security { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    [Description("the sender address")]
    public required string From { get; init; }

    [Description("a list of recipient addresses")]
    [JsonConverter(typeof(StringOrListConverter<string>))]
    public required IReadOnlyList<string> To { get; init; }

    public int? Top { get; init; }

    protected override NotificationChannelOptions Specific(ChannelReader reader)
    {
        string host = reader.Expand(Key(nameof(Host)), Host);
        if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            throw reader.Problem(Key(nameof(Host)), $"must be a host name or address, not {ChannelReader.Shown(Host)}");
        }

        var (username, password) = Login(reader);
        string from = Address(reader, Key(nameof(From)), From);
        if (To.Count == 0)
        {
            throw reader.Problem(Key(nameof(To)), "must hold at least one address");
        }

        var to = To.Select((address, i) => Address(reader, $"{Key(nameof(To))}[{i}]", address)).ToList();

        // The port's default depends on the security, so it is set once that is known.
        var email = new EmailChannelOptions { Name = $"email {host}", Host = host, Port = 0, From = from, To = to };
        var security = Security ?? email.Security;
        return email with
        {
            Security = security,
            Port = Whole(reader, nameof(Port), Port, 1, 65535) ?? DefaultPort(security),
            Username = username,
            Password = password,
            Top = Whole(reader, nameof(Top), Top, 0, 100) ?? email.Top,
        };
    }

    private static int DefaultPort(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => 25,
        SmtpSecurity.Tls => 465,
        _ => 587,
    };

    /// <summary>Both or neither.</summary>
    private (string? Username, string? Password) Login(ChannelReader reader)
    {
        if (Username is not null && Password is null)
        {
            throw reader.Problem(Key(nameof(Password)),
                $"required with \"{Key(nameof(Username))}\" (write \"${{SMTP_PASSWORD}}\" to take it from the environment)");
        }

        if (Password is not null && Username is null)
        {
            throw reader.Problem(Key(nameof(Username)), $"required with \"{Key(nameof(Password))}\"");
        }

        return Username is null
            ? (null, null)
            : (reader.Expand(Key(nameof(Username)), Username), reader.Expand(Key(nameof(Password)), Password!));
    }

    private static string Address(ChannelReader reader, string key, string written)
    {
        string address = reader.Expand(key, written);
        return MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address.Contains('@')
            ? address
            : throw reader.Problem(key, $"must be a mail address like ops@example.com, not {ChannelReader.Shown(written)}");
    }
}
