namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// A key that feeds a field, and its rank among that field's keys (0 first): the best-ranked key
/// present with the expected kind of value feeds the field.
/// </summary>
/// <param name="Scale">For a duration: the power of ten that turns its unit into microseconds (s 6, ms 3, ns -3).</param>
internal readonly record struct JsonKey(JsonField Field, int Rank, int Scale = 0)
{
    public static JsonKey None { get; } = new(JsonField.None, int.MaxValue);
}
