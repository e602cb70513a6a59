using System.Text.Json;
using System.Text.Json.Serialization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Options;

/// <summary>
/// How config.json binds to <see cref="MonitorOptions"/> and the notification channels, generated at
/// build time: no reflection, so the program can be published with Native AOT. A key is its
/// property's name in camelCase; a key no property has is an error; an enum is its camelCase name;
/// comments and trailing commas are allowed, as they always were.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters =
    [
        typeof(CamelCaseEnumConverter<AlertState>), typeof(CamelCaseEnumConverter<AlertMetric>), typeof(CamelCaseEnumConverter<AlertSeverity>),
        typeof(CamelCaseEnumConverter<WebhookStyle>), typeof(CamelCaseEnumConverter<SmtpSecurity>),
    ])]
[JsonSerializable(typeof(MonitorOptions))]
[JsonSerializable(typeof(ChannelConfig))]
internal sealed partial class ConfigJsonContext : JsonSerializerContext;
