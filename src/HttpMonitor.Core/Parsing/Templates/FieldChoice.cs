namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// What one variable of a format string could feed: its <see cref="Kind"/>, and its rank among the
/// variables that feed the same field (0 first): the best-ranked variable present feeds the field,
/// the others are matched and ignored.
/// </summary>
/// <param name="Time">How the value is written, for a time.</param>
/// <param name="Scale">For a duration: the power of ten that turns its unit into microseconds (seconds 6, ms 3, µs 0).</param>
internal readonly record struct FieldChoice(FieldKind Kind, int Rank = 0, TimeKind Time = TimeKind.Clf, int Scale = 0)
{
    public static FieldChoice Ignored { get; } = new(FieldKind.Ignored);
}
