using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace HttpMonitor.Core.Notifications;

/// <summary>Mails a notice over SMTP with MailKit: one connection per notice.</summary>
public sealed class EmailSender(EmailChannelOptions options) : INotificationSender
{
    public async Task SendAsync(Notice notice, CancellationToken cancel)
    {
        using var message = Message(notice, options);
        using var smtp = new SmtpClient();
        try
        {
            var security = options.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await smtp.ConnectAsync(options.Host, options.Port, security, cancel).ConfigureAwait(false);
            if (options.Username is not null)
            {
                await smtp.AuthenticateAsync(options.Username, options.Password ?? "", cancel).ConfigureAwait(false);
            }

            await smtp.SendAsync(message, cancel).ConfigureAwait(false);
        }
        catch (AuthenticationException e)
        {
            throw new NotificationException($"login as {options.Username} refused: {e.Message}", permanent: true, e);
        }
        catch (SmtpCommandException e)
        {
            // 5xx: the server refuses for good (a bad address, relaying denied); 4xx: try again later.
            throw new NotificationException($"SMTP {(int)e.StatusCode}: {e.Message}", permanent: (int)e.StatusCode >= 500, e);
        }
        catch (NotSupportedException e)
        {
            // E.g. "starttls" against a server that does not offer STARTTLS: a configuration problem.
            throw new NotificationException(e.Message, permanent: true, e);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or System.Net.Sockets.SocketException or SslHandshakeException)
        {
            throw new NotificationException(e.Message, inner: e);
        }

        try
        {
            await smtp.DisconnectAsync(quit: true, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or ServiceNotConnectedException or OperationCanceledException)
        {
            // The server has accepted the mail: a failed goodbye must not send it twice.
        }
    }

    /// <summary>The mail for a notice: subject and body from <see cref="NoticeFormat"/>.</summary>
    public static MimeMessage Message(Notice notice, EmailChannelOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        foreach (string to in options.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Subject = NoticeFormat.Subject(notice);
        message.Body = new TextPart("plain") { Text = NoticeFormat.Body(notice, options.Top) };
        return message;
    }

    public void Dispose()
    {
    }
}
