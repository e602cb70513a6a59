using System.Text.Json;
using System.Text.Json.Serialization;

namespace HttpMonitor.Core.Options;

/// <summary>
/// A list whose items are written as strings, where a single string is a list of one:
/// <c>"to": "ops@example.com"</c> and <c>"to": ["ops@example.com"]</c> mean the same.
/// </summary>
internal sealed class StringOrListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var item = (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return [Item(ref reader, item, options)];
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Item(ref reader, item, options));
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var item = (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        writer.WriteStartArray();
        foreach (var v in value)
        {
            item.Write(writer, v, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>One item; anything but a string fails here, and the failure's path is the list's key.</summary>
    private static T Item(ref Utf8JsonReader reader, JsonConverter<T> item, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? item.Read(ref reader, typeof(T), options) ?? throw new JsonException()
            : throw new JsonException();
}
