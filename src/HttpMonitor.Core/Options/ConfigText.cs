using System.Text;
using System.Text.Json;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Sets top-level keys of a JSON object by editing its text: only the values change, so the
/// comments, the order of keys, the spacing and the line ends stay as the user wrote them. A key
/// the object lacks is added after its last one, in its layout.
/// </summary>
internal static class ConfigText
{
    /// <summary>A new file holding only <paramref name="values"/>.</summary>
    public static string Create(IReadOnlyList<KeyValuePair<string, string>> values) =>
        $"{{\n{string.Join(",\n", values.Select(v => $"  {Member(v)}"))}\n}}\n";

    /// <param name="values">Keys and their new values, as JSON ("7.5", "null").</param>
    /// <exception cref="JsonException">The text is not one JSON object (comments and trailing commas allowed).</exception>
    public static string Set(string text, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var shape = ObjectShape.Read(utf8);
        var edits = new List<(int At, int End, string Text)>();
        var missing = new List<KeyValuePair<string, string>>();
        foreach (var value in values)
        {
            var members = shape.Members.Where(m => m.Name == value.Key).ToList();
            members.ForEach(m => edits.Add((m.ValueStart, m.ValueEnd, value.Value)));
            if (members.Count == 0)
            {
                missing.Add(value);
            }
        }

        if (missing.Count > 0)
        {
            edits.AddRange(Insertion(utf8, shape, missing, text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n"));
        }

        return Apply(utf8, edits);
    }

    /// <summary>Where and how new members go: on lines of their own before the closing brace when it has its own line, else inline.</summary>
    private static IEnumerable<(int At, int End, string Text)> Insertion(byte[] utf8, ObjectShape shape, List<KeyValuePair<string, string>> missing, string newline)
    {
        int lineStart = Array.LastIndexOf(utf8, (byte)'\n', Math.Max(shape.Close - 1, 0)) + 1;
        bool ownLine = lineStart > shape.Open && utf8.AsSpan(lineStart, shape.Close - lineStart).Trim(" \t"u8).IsEmpty;
        var last = shape.Members.Count > 0 ? shape.Members[^1] : default;
        if (ownLine)
        {
            string indent = last is null ? "  " : Indent(utf8, last.NameStart);
            if (last is not null && !shape.TrailingComma)
            {
                yield return (last.ValueEnd, last.ValueEnd, ",");
            }

            yield return (lineStart, lineStart, string.Join($",{newline}", missing.Select(v => indent + Member(v))) + newline);
        }
        else if (last is not null)
        {
            yield return (last.ValueEnd, last.ValueEnd, string.Concat(missing.Select(v => $", {Member(v)}")));
        }
        else
        {
            bool blank = utf8.AsSpan(shape.Open + 1, shape.Close - shape.Open - 1).Trim(" \t"u8).IsEmpty;
            yield return (shape.Open + 1, blank ? shape.Close : shape.Open + 1, $" {string.Join(", ", missing.Select(Member))} ");
        }
    }

    private static string Member(KeyValuePair<string, string> value) => $"\"{JsonEncodedText.Encode(value.Key)}\": {value.Value}";

    /// <summary>The white space before <paramref name="at"/> on its line, or two spaces when something else is there too.</summary>
    private static string Indent(byte[] utf8, int at)
    {
        int start = Array.LastIndexOf(utf8, (byte)'\n', Math.Max(at - 1, 0)) + 1;
        var before = utf8.AsSpan(start, at - start);
        return before.Trim(" \t"u8).IsEmpty && start > 0 ? Encoding.UTF8.GetString(before) : "  ";
    }

    private static string Apply(byte[] utf8, List<(int At, int End, string Text)> edits)
    {
        var result = new StringBuilder();
        int copied = 0;
        foreach (var (at, end, text) in edits.OrderBy(e => e.At).ThenBy(e => e.End))
        {
            result.Append(Encoding.UTF8.GetString(utf8, copied, at - copied)).Append(text);
            copied = end;
        }

        return result.Append(Encoding.UTF8.GetString(utf8, copied, utf8.Length - copied)).ToString();
    }
}
