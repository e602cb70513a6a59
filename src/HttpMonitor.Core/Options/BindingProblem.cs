using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Says why binding failed, in the user's terms, from where it failed (<see cref="JsonException.Path"/>),
/// what the file holds there and what the binding contract expects there:
/// <c>notifications[1].port: must be a whole number, not "x"</c>. Never the .NET message.
/// </summary>
internal static class BindingProblem
{
    /// <param name="root">The JSON that failed to bind to <paramref name="type"/>.</param>
    /// <param name="at">Where <paramref name="root"/> is in the file, e.g. "notifications[1]"; "" for the file itself.</param>
    /// <param name="what">What <paramref name="root"/> is, for an unknown key, e.g. "a command channel".</param>
    public static string Describe(JsonException e, JsonElement root, JsonTypeInfo type, string at = "", string? what = null)
    {
        var place = new Place(root, type, at).Concrete();
        foreach (object segment in JsonPath.Segments(e.Path ?? "$"))
        {
            if (segment is string name && place.Info.Kind == JsonTypeInfoKind.Object && place.Property(name) is null)
            {
                string owner = place.Key == at && what is not null ? $" for {what}" : "";
                return $"{Join(place.Key, name)}: unknown key{owner}; known keys: {string.Join(", ", place.Keys)}";
            }

            if (place.Step(segment) is not { } next)
            {
                break;
            }

            place = next.Concrete();
        }

        return place.MissingRequired() ?? place.Mismatch();
    }

    /// <summary>A value as the file writes it, on one line and short enough for a message.</summary>
    public static string Shown(JsonElement value)
    {
        string text = string.Join(' ', value.GetRawText().Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text[..59] + "…";
    }

    /// <summary>The last of the object's properties with that name: the one binding keeps.</summary>
    public static JsonElement? Last(JsonElement element, string name)
    {
        JsonElement? found = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == name)
            {
                found = property.Value;
            }
        }

        return found;
    }

    private static string Join(string key, string name) => key.Length == 0 ? name : $"{key}.{name}";

    /// <summary>A place in the JSON, with the contract that applies there and its key path for messages.</summary>
    private sealed record Place(JsonElement Element, JsonTypeInfo Info, string Key, string? Discriminator = null)
    {
        public IEnumerable<string> Keys =>
            Discriminator is null ? Info.Properties.Select(p => p.Name) : [Discriminator, .. Info.Properties.Select(p => p.Name)];

        public JsonPropertyInfo? Property(string name) =>
            Info.Kind == JsonTypeInfoKind.Object ? Info.Properties.FirstOrDefault(p => p.Name == name) : null;

        /// <summary>A polymorphic contract narrowed to the type the element's discriminator names.</summary>
        public Place Concrete()
        {
            if (Info.PolymorphismOptions is not { } polymorphism || Element.ValueKind != JsonValueKind.Object)
            {
                return this;
            }

            string key = polymorphism.TypeDiscriminatorPropertyName;
            string? written = Last(Element, key) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
            var derived = polymorphism.DerivedTypes.FirstOrDefault(d => Equals(d.TypeDiscriminator, written));
            return derived.DerivedType is null ? this : this with { Info = Info.Options.GetTypeInfo(derived.DerivedType), Discriminator = key };
        }

        public Place? Step(object segment)
        {
            if (segment is int index && Element.ValueKind == JsonValueKind.Array && index < Element.GetArrayLength() && Item(Info) is { } item)
            {
                return new Place(Element[index], item, $"{Key}[{index}]");
            }

            if (segment is string name && Element.ValueKind == JsonValueKind.Object && Last(Element, name) is { } value)
            {
                var info = Info.Kind == JsonTypeInfoKind.Dictionary ? Item(Info)
                    : Property(name) is { } property ? Info.Options.GetTypeInfo(property.PropertyType)
                    : null;
                return info is null ? null : new Place(value, info, Join(Key, name));
            }

            return null;
        }

        /// <summary>"host: required: the SMTP server", when the object lacks a required key.</summary>
        public string? MissingRequired()
        {
            if (Element.ValueKind != JsonValueKind.Object || Info.Kind != JsonTypeInfoKind.Object)
            {
                return null;
            }

            var missing = Info.Properties.FirstOrDefault(p => p.IsRequired && Last(Element, p.Name) is null);
            string? hint = (missing?.AttributeProvider as MemberInfo)?.GetCustomAttribute<DescriptionAttribute>()?.Description;
            return missing is null ? null : $"{Join(Key, missing.Name)}: required{(hint is null ? "" : ": " + hint)}";
        }

        /// <summary>"port: must be a whole number, not "x"", naming the first bad item of a list.</summary>
        public string Mismatch()
        {
            if (Item(Info) is { } item && Element.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (var value in Element.EnumerateArray())
                {
                    if (!Fits(value, item))
                    {
                        return $"{Key}[{index}]: must {Expected(item)}, not {Shown(value)}";
                    }

                    index++;
                }
            }

            return $"{Key}: must {Expected(Info)}, not {Shown(Element)}";
        }
    }

    private static JsonTypeInfo? Item(JsonTypeInfo info)
    {
        var type = info.ElementType
            ?? (info.Type.IsGenericType && info.Type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? info.Type.GetGenericArguments()[0] : null);
        return type is null ? null : info.Options.GetTypeInfo(type);
    }

    private static string Expected(JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(int) || type == typeof(long))
        {
            return "be a whole number";
        }

        if (type == typeof(double))
        {
            return "be a number";
        }

        if (type == typeof(string))
        {
            return "be a string";
        }

        if (type.IsEnum)
        {
            return $"be {string.Join(" or ", Choices(info.Options.GetTypeInfo(type)))}";
        }

        if (info.Kind == JsonTypeInfoKind.Dictionary)
        {
            return "be an object {\"name\": \"value\", …}";
        }

        return Item(info) switch
        {
            { Type.IsEnum: true } item => $"list {string.Join(" and/or ", Choices(item))}",
            { } item when item.Type == typeof(string) => "be a string or a list of strings [\"…\", …]", // every such key reads one string as a list of one
            { } => "be a list [ … ]",
            null => "be an object { \"key\": value, … }",
        };
    }

    private static bool Fits(JsonElement value, JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return value.ValueKind switch
        {
            JsonValueKind.Number => type == typeof(double) || (type == typeof(int) && value.TryGetInt32(out _)),
            JsonValueKind.String => type == typeof(string)
                || (type.IsEnum && Choices(info).Contains(value.GetRawText(), StringComparer.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    /// <summary>An enum's names as the file writes them, quoted: "none", "starttls", "tls".</summary>
    private static IEnumerable<string> Choices(JsonTypeInfo info) =>
        Enum.GetValuesAsUnderlyingType(info.Type).Cast<object>()
            .Select(value => JsonSerializer.Serialize(Enum.ToObject(info.Type, value), info));
}
