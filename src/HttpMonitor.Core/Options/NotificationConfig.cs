using System.Text.Json;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Reads the <c>notifications</c> list of config.json into channel options, one channel at a time:
/// binding (<see cref="ChannelConfig"/>) judges the keys and their types, then each channel checks
/// what binding cannot say. A problem is a <see cref="ConfigException"/> naming the key by its path,
/// e.g. <c>notifications[1].host: required: the SMTP server</c>.
/// </summary>
public static class NotificationConfig
{
    /// <param name="environment">Looks up the variables <c>${NAME}</c> refers to.</param>
    public static IReadOnlyList<NotificationChannelOptions> Parse(JsonElement notifications, Func<string, string?> environment)
    {
        string key = ConfigKey.Of(nameof(MonitorOptions.Notifications));
        if (notifications.ValueKind != JsonValueKind.Array)
        {
            throw new ConfigException($"{key}: must be a list [{{\"type\": \"webhook\", …}}, …], not {BindingProblem.Shown(notifications)}");
        }

        var channels = new List<NotificationChannelOptions>();
        int index = 0;
        foreach (var element in notifications.EnumerateArray())
        {
            var channel = Channel(element, $"{key}[{index}]", environment);
            if (channels.Any(c => c.Name == channel.Name))
            {
                channel = channel with { Name = $"{channel.Name} [{index}]" };
            }

            channels.Add(channel);
            index++;
        }

        return channels;
    }

    private static NotificationChannelOptions Channel(JsonElement element, string path, Func<string, string?> environment)
    {
        var contract = ConfigJsonContext.Default.ChannelConfig;
        string type = TypeOf(element, path);
        ChannelConfig channel;
        try
        {
            channel = element.Deserialize(contract)!;
        }
        catch (JsonException e)
        {
            throw new ConfigException(BindingProblem.Describe(e, element, contract, path, $"a {type} channel"));
        }

        return channel.ToOptions(new ChannelReader(path, environment));
    }

    /// <summary>The channel's type, checked before binding, which cannot say what is wrong with a missing one.</summary>
    private static string TypeOf(JsonElement element, string path)
    {
        var polymorphism = ConfigJsonContext.Default.ChannelConfig.PolymorphismOptions!;
        string key = polymorphism.TypeDiscriminatorPropertyName;
        var types = polymorphism.DerivedTypes.Select(d => $"\"{d.TypeDiscriminator}\"").ToList();
        string choices = $"{string.Join(", ", types[..^1])} or {types[^1]}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigException($"{path}: must be an object {{\"{key}\": {types[0]}, …}}, not {BindingProblem.Shown(element)}");
        }

        if (element.EnumerateObject().Count(p => p.Name == key) > 1)
        {
            throw new ConfigException($"{path}.{key}: given twice: keep one");
        }

        return BindingProblem.Last(element, key) switch
        {
            null => throw new ConfigException($"{path}.{key}: required: {choices}"),
            { ValueKind: JsonValueKind.String } type when types.Contains($"\"{type.GetString()}\"") => type.GetString()!,
            { } type => throw new ConfigException($"{path}.{key}: must be {choices}, not {BindingProblem.Shown(type)}"),
        };
    }
}
