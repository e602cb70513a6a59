using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Reads config.json. Every key is optional (missing ones keep their defaults); an unknown key, a
/// wrong type or a bad value is a <see cref="ConfigException"/> naming the key. The keys and their
/// types come from binding (<see cref="ConfigJsonContext"/>); the checks binding cannot make
/// (ranges, URLs, <c>${NAME}</c> references) follow it.
/// </summary>
public static class ConfigFile
{
    public const string DefaultPath = "config.json";

    private static readonly JsonDocumentOptions Syntax = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The keys that set the two default rules: shorthands that mean nothing beside <c>alerts</c>.</summary>
    private static readonly string[] DefaultRuleKeys =
    [
        .. new[]
        {
            nameof(MonitorOptions.AverageTrafficThreshold), nameof(MonitorOptions.TrafficRecoveryThreshold), nameof(MonitorOptions.TrafficAlertInterval),
            nameof(MonitorOptions.MaxErrorsThreshold), nameof(MonitorOptions.ErrorsAlertInterval),
        }.Select(ConfigKey.Of),
    ];

    /// <summary>The file's settings; its relative paths are relative to its directory (<see cref="ConfigPaths"/>).</summary>
    public static MonitorOptions Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read the configuration file: {e.Message}");
        }

        return Parse(text, path).ResolvedAgainst(path);
    }

    public static MonitorOptions Parse(string json, string origin) => Parse(json, origin, Environment.GetEnvironmentVariable);

    /// <param name="environment">Looks up the variables <c>${NAME}</c> refers to in the channels.</param>
    public static MonitorOptions Parse(string json, string origin, Func<string, string?> environment)
    {
        using var document = Document(json, origin);
        var root = document.RootElement;
        var options = Bind(root, origin) with { Notifications = Channels(root, origin, environment) };
        RefuseShorthandsBesideRules(root, origin);
        return options.Validated(origin);
    }

    /// <summary>The keys of the two default rules mean nothing once <c>alerts</c> replaces those rules: said, rather than ignored.</summary>
    private static void RefuseShorthandsBesideRules(JsonElement root, string origin)
    {
        if (!root.TryGetProperty(ConfigKey.Of(nameof(MonitorOptions.Alerts)), out var rules) || rules.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (DefaultRuleKeys.FirstOrDefault(key => root.TryGetProperty(key, out _)) is { } key)
        {
            throw new ConfigException($"{origin}: {key}: sets the default traffic and errors rules, which \"alerts\" replaces: write the threshold in a rule of \"alerts\" (docs/alerts.md), or remove \"alerts\"");
        }
    }

    private static IReadOnlyList<NotificationChannelOptions> Channels(JsonElement root, string origin, Func<string, string?> environment)
    {
        if (BindingProblem.Last(root, ConfigKey.Of(nameof(MonitorOptions.Notifications))) is not { } channels)
        {
            return [];
        }

        try
        {
            return NotificationConfig.Parse(channels, environment);
        }
        catch (ConfigException e)
        {
            throw new ConfigException($"{origin}: {e.Message}");
        }
    }

    private static JsonDocument Document(string json, string origin)
    {
        if (HoldsNothing(json))
        {
            throw new ConfigException($"{origin}: the file is empty: write {{}} or the keys to set (see README, Configuration)");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Syntax);
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{origin}: invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: fix the syntax (a missing comma or quote?)");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new ConfigException($"{origin}: must hold a JSON object {{ \"key\": value, … }}");
        }

        return document;
    }

    /// <summary>
    /// The file's keys laid over the defaults, then bound: bound alone, a key left out would be 0 or
    /// null rather than its default, since the source generator sets every init-only property
    /// (dotnet/runtime#84484). <c>notifications</c> is read apart (<see cref="NotificationConfig"/>).
    /// </summary>
    private static MonitorOptions Bind(JsonElement root, string origin)
    {
        var contract = ConfigJsonContext.Default.MonitorOptions;
        var merged = JsonSerializer.SerializeToNode(new MonitorOptions(), contract)!.AsObject();
        string notifications = ConfigKey.Of(nameof(MonitorOptions.Notifications));
        foreach (var property in root.EnumerateObject().Where(p => p.Name != notifications))
        {
            merged[property.Name] = JsonNode.Parse(property.Value.GetRawText(), documentOptions: Syntax);
        }

        try
        {
            return merged.Deserialize(contract)!;
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{origin}: {BindingProblem.Describe(e, root, contract)}");
        }
    }

    /// <summary>
    /// Writes into the file the settings that differ between <paramref name="before"/> and
    /// <paramref name="after"/> (what the user changed), and nothing else: a one-off command-line
    /// value in force on both sides stays out of the file. The file's text is edited in place, so
    /// its comments, order and formatting stay (<see cref="ConfigText"/>), and it is replaced
    /// safely (<see cref="ConfigFileWriter"/>); a missing file is created. Changed rules are written
    /// whole, as the <c>alerts</c> array; the first ones take the place of the default rules' keys,
    /// which the file may then no longer hold.
    /// </summary>
    /// <exception cref="ConfigException">Not saved (the file is invalid, read-only or cannot be written): it is left as it was.</exception>
    public static void Save(string path, MonitorOptions before, MonitorOptions after)
    {
        var changes = Changes(before, after);
        if (changes.Count == 0)
        {
            return;
        }

        string[] removed = before.Alerts is null && after.Alerts is not null ? DefaultRuleKeys : [];

        ConfigFileWriter.Replace(path, current =>
        {
            try
            {
                // A file of comments only keeps them, above the new object.
                return current is null ? ConfigText.Create(changes)
                    : HoldsNothing(current) ? (current.TrimEnd() is { Length: > 0 } comments ? comments + "\n" : "") + ConfigText.Create(changes)
                    : ConfigText.Set(ConfigText.Remove(current, removed), changes);
            }
            catch (JsonException e)
            {
                throw new ConfigException($"{path}: invalid JSON at line {e.LineNumber + 1}: not saved (fix the file, then save again)");
            }
        });
    }

    /// <summary>
    /// Each setting whose value differs, as its key and its new value in JSON; of the lists, only the
    /// rules (notifications are never written). Beside rules, the default rules' keys are not written.
    /// </summary>
    private static List<KeyValuePair<string, string>> Changes(MonitorOptions before, MonitorOptions after)
    {
        var context = ConfigJsonContext.Default;
        List<KeyValuePair<string, string>> changes =
        [
            .. context.MonitorOptions.Properties
                .Where(p => p.Get is not null && context.GetTypeInfo(p.PropertyType)?.Kind == JsonTypeInfoKind.None)
                .Where(p => after.Alerts is null || !DefaultRuleKeys.Contains(p.Name))
                .Where(p => !Equals(p.Get!(before), p.Get!(after)))
                .Select(p => KeyValuePair.Create(p.Name, JsonSerializer.Serialize(p.Get!(after), context.GetTypeInfo(p.PropertyType)!))),
        ];
        bool sameRules = before.Alerts is null ? after.Alerts is null : after.Alerts is not null && before.Alerts.SequenceEqual(after.Alerts);
        if (!sameRules)
        {
            changes.Add(KeyValuePair.Create(ConfigKey.Of(nameof(MonitorOptions.Alerts)), RulesJson(after.Alerts)));
        }

        return changes;
    }

    /// <summary>The rules as a JSON array, one rule a line and only the keys it gives: <c>{ "name": "errors5", "metric": "5xx", "above": 2 }</c>.</summary>
    private static string RulesJson(IReadOnlyList<AlertRuleConfig>? rules)
    {
        if (rules is null or [])
        {
            return rules is null ? "null" : "[]";
        }

        var lines = rules.Select(rule => JsonSerializer.SerializeToNode(rule, ConfigJsonContext.Default.AlertRuleConfig)!.AsObject()
            .Where(member => member.Value is not null)
            .Select(member => $"\"{member.Key}\": {member.Value!.ToJsonString()}"));
        return $"[\n{string.Join(",\n", lines.Select(members => $"  {{ {string.Join(", ", members)} }}"))}\n]";
    }

    /// <summary>Nothing but white space and comments: an empty file, in the user's eyes.</summary>
    private static bool HoldsNothing(string json)
    {
        for (int i = 0; i < json.Length; i++)
        {
            if (json.AsSpan(i).StartsWith("//"))
            {
                i = json.IndexOf('\n', i) is var end and >= 0 ? end : json.Length;
            }
            else if (json.AsSpan(i).StartsWith("/*"))
            {
                int end = json.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                i = end + 1;
            }
            else if (!char.IsWhiteSpace(json[i]))
            {
                return false;
            }
        }

        return true;
    }
}
