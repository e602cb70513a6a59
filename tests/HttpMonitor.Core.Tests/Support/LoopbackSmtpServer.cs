using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 (an ephemeral port), enough for MailKit without TLS:
/// EHLO (offering AUTH PLAIN and LOGIN), AUTH, MAIL, RCPT, DATA, RSET, NOOP and QUIT. It records
/// each mail with its envelope and the credentials given.
/// </summary>
public sealed class LoopbackSmtpServer : LoopbackServer
{
    private readonly Channel<Mail> _mails = Channel.CreateUnbounded<Mail>();

    public async Task<Mail> NextMailAsync() =>
        await _mails.Reader.ReadAsync(Stopping).AsTask().WaitAsync(ManualTimeProvider.Patience);

    protected override async Task ServeAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.Latin1);
        using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ESMTP loopback test server");
        string? from = null;
        string? login = null;
        var recipients = new List<string>();
        while (await reader.ReadLineAsync(Stopping) is { } line)
        {
            string verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteAsync("250-localhost\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n");
                    break;
                case "HELO" or "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "AUTH":
                    login = await AuthenticateAsync(line, reader, writer);
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "MAIL":
                    from = Address(line);
                    recipients.Clear();
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT":
                    recipients.Add(Address(line));
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(Stopping) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    _mails.Writer.TryWrite(new Mail(from ?? "", [.. recipients], login, data.ToString()));
                    await writer.WriteLineAsync("250 2.0.0 Queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                    break;
            }
        }
    }

    /// <summary>"user:password" from AUTH PLAIN or AUTH LOGIN.</summary>
    private static async Task<string> AuthenticateAsync(string line, StreamReader reader, StreamWriter writer)
    {
        string[] parts = line.Split(' ');
        if (parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
        {
            string encoded = parts.Length > 2 ? parts[2] : await Challenge("", reader, writer);
            string[] fields = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split('\0');
            return $"{fields[1]}:{fields[2]}";
        }

        string user = parts.Length > 2 ? parts[2] : await Challenge("VXNlcm5hbWU6", reader, writer);
        string password = await Challenge("UGFzc3dvcmQ6", reader, writer);
        return $"{Decode(user)}:{Decode(password)}";
    }

    private static async Task<string> Challenge(string prompt, StreamReader reader, StreamWriter writer)
    {
        await writer.WriteLineAsync($"334 {prompt}");
        return await reader.ReadLineAsync() ?? "";
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

    private static string Address(string line) => line[(line.IndexOf('<') + 1)..line.IndexOf('>')];

    /// <param name="Login">"user:password", or null without AUTH.</param>
    /// <param name="Data">The message as sent after DATA, dot-unstuffed.</param>
    public sealed record Mail(string From, IReadOnlyList<string> Recipients, string? Login, string Data);
}
