using HttpMonitor.Cli;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Options;

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
    public async Task NotifyTest_NoChannel_SaysSoAndExits2()
    {
        var (code, output, errors) = await Run();

        Assert.Equal((2, ""), (code, output));
        Assert.Contains("no channels configured", errors);
    }
}
