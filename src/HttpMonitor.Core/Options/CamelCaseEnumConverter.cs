using System.Text.Json;
using System.Text.Json.Serialization;

namespace HttpMonitor.Core.Options;

/// <summary>An enum as its camelCase name (or the name its member gives with <see cref="JsonStringEnumMemberNameAttribute"/>); a number is refused.</summary>
internal sealed class CamelCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum;
