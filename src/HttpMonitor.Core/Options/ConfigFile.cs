using System.Text.Json;
using System.Text.Json.Nodes;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Reads config.json. Every key is optional (missing ones keep their defaults); an unknown
/// key, a wrong type or a bad value is a <see cref="ConfigException"/> naming the key.
/// </summary>
public static class ConfigFile
{
    public const string DefaultPath = "config.json";

    /// <summary>Keys this version knows, so that a misspelt one is reported instead of ignored.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "logPath", "averageTrafficThreshold", "trafficRecoveryThreshold", "trafficAlertInterval",
        "maxErrorsThreshold", "errorsAlertInterval", "statisticsInterval", "uiRefreshInterval",
        "liveTolerance", "top", "geoipDatabase", "notifications",
    ];

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

        return Parse(text, path);
    }

    public static MonitorOptions Parse(string json, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{origin}: invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: fix the syntax (a missing comma or quote?)");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException($"{origin}: must hold a JSON object {{ \"key\": value, … }}");
            }

            var options = new MonitorOptions();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                options = Apply(options, property, origin);
            }

            return options.Validated(origin);
        }
    }

    /// <summary>
    /// Writes the thresholds and intervals the window can change (traffic threshold and window,
    /// error threshold and window, statistics interval) into the file at <paramref name="path"/>,
    /// keeping every other key as it is; a missing file is created.
    /// </summary>
    /// <remarks>Comments in the file are not kept: System.Text.Json cannot write them back.</remarks>
    /// <exception cref="ConfigException">The file cannot be read, parsed or written.</exception>
    public static void Save(string path, MonitorOptions options)
    {
        JsonObject root;
        try
        {
            root = File.Exists(path)
                ? JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }) as JsonObject
                    ?? throw new ConfigException($"{path}: must hold a JSON object {{ \"key\": value, … }}")
                : [];
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{path}: invalid JSON at line {e.LineNumber + 1}: not saved");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read the configuration file: {e.Message}");
        }

        root["averageTrafficThreshold"] = options.AverageTrafficThreshold;
        root["trafficAlertInterval"] = options.TrafficAlertInterval;
        root["maxErrorsThreshold"] = options.MaxErrorsThreshold;
        root["errorsAlertInterval"] = options.ErrorsAlertInterval;
        root["statisticsInterval"] = options.StatisticsInterval;
        try
        {
            // Write then rename, so that a crash never leaves half a file.
            string temporary = path + ".tmp";
            File.WriteAllText(temporary, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot write the configuration file: {e.Message}");
        }
    }

    private static MonitorOptions Apply(MonitorOptions o, JsonProperty p, string origin)
    {
        var v = p.Value;
        return p.Name switch
        {
            "logPath" => o with { LogPath = v.ValueKind == JsonValueKind.Null ? null : String(v, p.Name, origin) },
            "averageTrafficThreshold" => o with { AverageTrafficThreshold = Number(v, p.Name, origin) },
            "trafficRecoveryThreshold" => o with { TrafficRecoveryThreshold = v.ValueKind == JsonValueKind.Null ? null : Number(v, p.Name, origin) },
            "trafficAlertInterval" => o with { TrafficAlertInterval = Integer(v, p.Name, origin) },
            "maxErrorsThreshold" => o with { MaxErrorsThreshold = Number(v, p.Name, origin) },
            "errorsAlertInterval" => o with { ErrorsAlertInterval = Integer(v, p.Name, origin) },
            "statisticsInterval" => o with { StatisticsInterval = Integer(v, p.Name, origin) },
            "uiRefreshInterval" => o with { UiRefreshInterval = Number(v, p.Name, origin) },
            "liveTolerance" => o with { LiveTolerance = Number(v, p.Name, origin) },
            "top" => o with { Top = Integer(v, p.Name, origin) },
            "geoipDatabase" => o with { GeoipDatabase = v.ValueKind == JsonValueKind.Null ? null : String(v, p.Name, origin) },
            "notifications" => o with { Notifications = Notifications(v, origin) },
            _ => throw new ConfigException($"{origin}: unknown key \"{p.Name}\"; known keys: {string.Join(", ", Keys)}"),
        };
    }

    private static IReadOnlyList<NotificationChannelOptions> Notifications(JsonElement v, string origin)
    {
        try
        {
            return NotificationConfig.Parse(v, Environment.GetEnvironmentVariable);
        }
        catch (ConfigException e)
        {
            throw new ConfigException($"{origin}: {e.Message}");
        }
    }

    private static double Number(JsonElement v, string key, string origin) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out double d)
            ? d
            : throw WrongType(key, "a number", v, origin);

    private static int Integer(JsonElement v, string key, string origin) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i)
            ? i
            : throw WrongType(key, "a whole number", v, origin);

    private static string String(JsonElement v, string key, string origin) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw WrongType(key, "a string", v, origin);

    private static ConfigException WrongType(string key, string expected, JsonElement v, string origin) =>
        new($"{origin}: {key}: must be {expected}, not {v.GetRawText()}");
}
