using System.Text.Json.Serialization;

namespace HttpMonitor.Core.Notifications;

public enum SmtpSecurity
{
    /// <summary>Plain SMTP: for a relay on the same host or network only.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer.</summary>
    [JsonStringEnumMemberName("starttls")]
    StartTls,

    /// <summary>TLS from the first byte (SMTPS).</summary>
    Tls,
}
