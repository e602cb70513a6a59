using System.Text;

namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// Compiles the pieces of a format string into a <see cref="TemplateFormat"/>: for each field the
/// best-ranked variable present feeds it, and the format must yield a time, a status and a target.
/// </summary>
internal static class TemplateBuilder
{
    /// <param name="dialect">"nginx" or "apache", for the name and messages.</param>
    /// <param name="hints">The variables that give each required field, for the message when none is there.</param>
    /// <exception cref="LogFormatException">Two variables without a literal between them, or a required field missing.</exception>
    public static TemplateFormat Build(string dialect, IReadOnlyList<TemplatePart> parts, IReadOnlyDictionary<FieldKind, string> hints)
    {
        var merged = Merge(dialect, parts);
        var chosen = Choose(merged);
        foreach (var (kind, hint) in hints)
        {
            if (!chosen.ContainsKey(kind))
            {
                throw new LogFormatException($"{dialect} format: it has no {Describe(kind)}: a line is read only with {hint}");
            }
        }

        int first = merged.Count > 0 && merged[0].Literal is not null ? 1 : 0;
        byte[] prefix = first == 1 ? Encoding.UTF8.GetBytes(merged[0].Literal!) : [];
        var fields = new List<FieldKind>();
        var literals = new List<byte[]>();
        for (int i = first; i < merged.Count; i += 2)
        {
            var variable = merged[i];
            fields.Add(chosen.ContainsValue(i) ? variable.Field.Kind : FieldKind.Ignored);
            literals.Add(i + 1 < merged.Count ? Encoding.UTF8.GetBytes(merged[i + 1].Literal!) : []);
        }

        var time = merged[chosen[FieldKind.Time]].Field;
        var target = merged[chosen[FieldKind.Request]].Field;
        int scale = chosen.TryGetValue(FieldKind.Duration, out int duration) ? merged[duration].Field.Scale : 0;
        return new TemplateFormat(dialect, prefix, [.. fields], [.. literals], time.Time, target.Kind == FieldKind.Request, scale);
    }

    /// <summary>Adjacent literals joined; every variable then stands between two literals (or an end).</summary>
    private static List<TemplatePart> Merge(string dialect, IReadOnlyList<TemplatePart> parts)
    {
        var merged = new List<TemplatePart>();
        foreach (var part in parts)
        {
            if (merged.Count > 0 && merged[^1] is { Literal: { } before } last)
            {
                if (part.Literal is { } more)
                {
                    merged[^1] = last with { Literal = before + more };
                    continue;
                }
            }
            else if (merged.Count > 0 && part.Field.Kind == FieldKind.Query && merged[^1].Field.Kind == FieldKind.Target)
            {
                merged[^1] = merged[^1] with { Name = merged[^1].Name + part.Name }; // the target's value runs on through its query
                continue;
            }
            else if (merged.Count > 0 && part.Literal is null)
            {
                throw new LogFormatException(
                    $"{dialect} format, position {part.Position + 1}: {merged[^1].Name} and {part.Name} have nothing between them, so where one value ends cannot be told: put a literal (a space) between them");
            }

            if (part.Literal is not { Length: 0 })
            {
                merged.Add(part);
            }
        }

        return merged;
    }

    /// <summary>For each field, the index in <paramref name="merged"/> of the best-ranked variable that feeds it (the first on a tie).</summary>
    private static Dictionary<FieldKind, int> Choose(List<TemplatePart> merged)
    {
        var chosen = new Dictionary<FieldKind, int>();
        for (int i = 0; i < merged.Count; i++)
        {
            var field = merged[i].Field;
            if (merged[i].Literal is not null || field.Kind is FieldKind.Ignored or FieldKind.Query)
            {
                continue;
            }

            var role = field.Kind == FieldKind.Target ? FieldKind.Request : field.Kind;
            if (!chosen.TryGetValue(role, out int best) || field.Rank < merged[best].Field.Rank)
            {
                chosen[role] = i;
            }
        }

        return chosen;
    }

    private static string Describe(FieldKind kind) => kind switch
    {
        FieldKind.Request => "target",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
