using HttpMonitor.Cli;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Options;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

public sealed class NotifyTestCommandTests
{
    private static async Task<(int Code, string Output, string Errors)> Run(params NotificationChannelOptions[] channels)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new StringWriter { NewLine = "\n" };
        int code = await NotifyTestCommand.RunAsync(new MonitorOptions { Notifications = channels }, output, errors, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task NotifyTest_OneChannelFails_ReportsEachAndExits1()
    {
        var (code, output, _) = await Run(
            new CommandChannelOptions { Name = "command true", Command = "true" },
            new CommandChannelOptions { Name = "command false", Command = "false" });

        Assert.Equal(1, code);
        Assert.Equal(
            "ok      command true\nFAILED  command false: false exited with code 1\n1 of 2 channels delivered the test message\n",
            output);
    }

    [Fact]
    public async Task NotifyTest_EveryChannelDelivers_Exits0()
    {
        var (code, output, _) = await Run(new CommandChannelOptions { Name = "command true", Command = "true" });

        Assert.Equal((0, "ok      command true\n1 of 1 channels delivered the test message\n"), (code, output));
    }

    [Fact]
    public async Task NotifyTest_HttpReasonPhraseWithTerminalEscapes_IsPrintedEscaped()
    {
        using var peer = new LoopbackPeer("HTTP/1.1 500 \e]52;c;cm0gLXJmIH4=\a\e[2JBoom\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", readHttpRequest: true);

        var (_, output, _) = await Run(new WebhookChannelOptions { Name = "webhook peer", Url = new Uri($"http://127.0.0.1:{peer.Port}/hook") });

        Assert.Equal(@"FAILED  webhook peer: HTTP 500 \x1b]52;c;cm0gLXJmIH4=\x07\x1b[2JBoom", output.Split('\n')[0]);
    }

    [Fact]
    public async Task NotifyTest_SmtpReplyWithTerminalEscapes_IsPrintedEscaped()
    {
        using var peer = new LoopbackPeer("554 5.7.1 \e]52;c;cm0gLXJmIH4=\a\e[2Jgo away\r\n", readHttpRequest: false);

        var (_, output, _) = await Run(new EmailChannelOptions
        {
            Name = "email peer", Host = "127.0.0.1", Port = peer.Port, Security = SmtpSecurity.None, From = "monitor@example.com", To = ["ops@example.com"],
        });

        Assert.DoesNotContain('\e', output);
        Assert.Contains(@"\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2Jgo away", output);
    }

    [Fact]
    public async Task NotifyTest_CommandStderrWithTerminalEscapes_IsPrintedEscaped()
    {
        var (_, output, _) = await Run(new CommandChannelOptions
        {
            Name = "command peer", Command = "/bin/sh", Arguments = ["-c", "printf '\\033]52;c;cm0gLXJmIH4=\\007\\033[2Jboom\\n' >&2; exit 3"],
        });

        Assert.Equal(@"FAILED  command peer: /bin/sh exited with code 3: \x1b]52;c;cm0gLXJmIH4=\x07\x1b[2Jboom", output.Split('\n')[0]);
    }

    [Fact]
    public async Task NotifyTest_NoChannel_SaysSoAndExits2()
    {
        var (code, output, errors) = await Run();

        Assert.Equal((2, ""), (code, output));
        Assert.Contains("no channels configured", errors);
    }
}
