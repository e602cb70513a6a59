namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>One piece of a format string: literal text (<see cref="Literal"/> set) or a variable, with where it starts in the text given (0-based).</summary>
/// <param name="Name">The variable as written ("$status", "%>s"), for messages.</param>
internal readonly record struct TemplatePart(string? Literal, FieldChoice Field, string Name, int Position)
{
    public static TemplatePart Text(string literal, int position) => new(literal, FieldChoice.Ignored, literal, position);

    public static TemplatePart Variable(string name, FieldChoice field, int position) => new(null, field, name, position);
}
