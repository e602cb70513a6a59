using System.Text;

namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// Apache's <c>LogFormat</c> (SEMANTICS "Log formats", <c>apache:FORMAT</c>): <c>%</c>, optional
/// modifiers (<c>&gt;</c>, <c>&lt;</c>, status conditions such as <c>!200,304</c>), an optional
/// <c>{argument}</c> and the directive's letter. The directives that feed a field are below, best
/// first; the other directives of mod_log_config are matched and ignored; an unknown one is an error.
/// </summary>
internal static class ApacheFormat
{
    // Every directive letter of mod_log_config (Apache 2.4), and the trailer directives ^ti and ^to.
    private const string Letters = "aAbBCDefhHiklLmnopPqrRsStTuUvVXIO";
    private const string Modifiers = "<>!,0123456789";

    private static readonly Dictionary<FieldKind, string> Required = new()
    {
        [FieldKind.Time] = "%t",
        [FieldKind.Status] = "%>s or %s",
        [FieldKind.Request] = "%r or %U",
    };

    /// <exception cref="LogFormatException">An unknown directive, a quote or brace not closed, or no time, status or target.</exception>
    public static TemplateFormat Compile(string given, int start)
    {
        var text = ApacheConfigText.Read(given, start);
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        int literalAt = 0;
        for (int i = 0; i < text.Length;)
        {
            if (text[i] != '%' || (i + 1 < text.Length && text[i + 1] == '%'))
            {
                literalAt = literal.Length == 0 ? text.PositionOf(i) : literalAt;
                literal.Append(text[i]);
                i += text[i] == '%' ? 2 : 1;
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(TemplatePart.Text(literal.ToString(), literalAt));
                literal.Clear();
            }

            parts.Add(DirectiveAt(text, ref i));
        }

        if (literal.Length > 0)
        {
            parts.Add(TemplatePart.Text(literal.ToString(), literalAt));
        }

        return parts.Count == 0
            ? throw new LogFormatException("apache format: it is empty: paste a LogFormat string, e.g. apache:'%h %l %u %t \"%r\" %>s %b'")
            : TemplateBuilder.Build("apache", parts, Required);
    }

    /// <summary>The directive whose '%' is at <paramref name="i"/>; moves past it.</summary>
    private static TemplatePart DirectiveAt(FormatText text, ref int i)
    {
        int percent = i++;
        bool final = false;
        for (; i < text.Length && Modifiers.Contains(text[i], StringComparison.Ordinal); i++)
        {
            final |= text[i] == '>';
        }

        string? argument = null;
        if (i < text.Length && text[i] == '{')
        {
            int close = i + 1;
            while (close < text.Length && text[close] != '}')
            {
                close++;
            }

            if (close >= text.Length)
            {
                throw Problem(text, percent, "%{ is not closed by '}'");
            }

            argument = text.Substring(i + 1, close - i - 1);
            i = close + 1;
        }

        string letter = i + 2 < text.Length && text[i] == '^' ? text.Substring(i, 3) : i < text.Length ? text[i].ToString() : "";
        if (!(letter is "^ti" or "^to" || (letter.Length == 1 && Letters.Contains(letter, StringComparison.Ordinal))))
        {
            throw Problem(text, percent, letter.Length == 0
                ? "a directive ends the format without its letter (write %% for a percent sign)"
                : $"%{letter[..1]} is not an Apache LogFormat directive (e.g. %h, %t, \"%r\", %>s, %b, %D, %v; docs/formats.md lists them)");
        }

        i += letter.Length;
        string name = text.Substring(percent, i - percent);
        return TemplatePart.Variable(name, Choice(letter[0], argument, final), text.PositionOf(percent));
    }

    private static FieldChoice Choice(char letter, string? argument, bool final) => letter switch
    {
        'h' => new(FieldKind.Client, 0),
        'a' => new(FieldKind.Client, 1),
        't' when argument is null => new(FieldKind.Time, 0, TimeKind.ClfBracketed),
        'r' => new(FieldKind.Request, 0),
        'U' => new(FieldKind.Target, 1),
        'q' => new(FieldKind.Query),
        's' => new(FieldKind.Status, final ? 0 : 1),
        'O' => new(FieldKind.Bytes, 0),
        'b' => new(FieldKind.Bytes, 1),
        'B' => new(FieldKind.Bytes, 2),
        'D' => new(FieldKind.Duration, 0, Scale: 0),
        'T' when argument is "ms" => new(FieldKind.Duration, 1, Scale: 3),
        'T' when argument is "us" => new(FieldKind.Duration, 2, Scale: 0),
        'T' when argument is null or "s" => new(FieldKind.Duration, 3, Scale: 6),
        'v' => new(FieldKind.Vhost, 0),
        'V' => new(FieldKind.Vhost, 1),
        _ => FieldChoice.Ignored,
    };

    private static LogFormatException Problem(FormatText text, int at, string problem) =>
        new($"apache format, position {text.PositionOf(at) + 1}: {problem}");
}
