using System.ComponentModel;
using System.Text.Json.Serialization;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Options;

/// <summary><c>"type": "command"</c> as config.json writes it; what the keys mean is on <see cref="CommandChannelOptions"/>.</summary>
internal sealed record CommandChannelConfig : ChannelConfig
{
    [Description("the program to run")]
    public required string Command { get; init; }

    [JsonConverter(typeof(StringOrListConverter<string>))]
    public IReadOnlyList<string>? Args { get; init; }

    protected override NotificationChannelOptions Specific(ChannelReader reader)
    {
        string command = reader.Expand(Key(nameof(Command)), Command);
        if (string.IsNullOrWhiteSpace(command))
        {
            throw reader.Problem(Key(nameof(Command)), "must not be empty");
        }

        var channel = new CommandChannelOptions { Name = $"command {Path.GetFileName(command)}", Command = command };
        return Args is null
            ? channel
            : channel with { Arguments = [.. Args.Select((arg, i) => reader.Expand($"{Key(nameof(Args))}[{i}]", arg))] };
    }
}
