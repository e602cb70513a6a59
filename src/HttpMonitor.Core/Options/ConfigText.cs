using System.Text;
using System.Text.Json;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Sets top-level keys of a JSON object by editing its text: only the values change, so the
/// comments, the order of keys, the spacing and the line ends stay as the user wrote them. A key
/// the object lacks is added after its last one, in its layout. A value of several lines (an
/// array of rules) is indented under its key.
/// </summary>
internal static class ConfigText
{
    /// <summary>A new file holding only <paramref name="values"/>.</summary>
    public static string Create(IReadOnlyList<KeyValuePair<string, string>> values) =>
        $"{{\n{string.Join(",\n", values.Select(v => $"  {Member(v, "  ", "\n")}"))}\n}}\n";

    /// <param name="values">Keys and their new values, as JSON ("7.5", "null").</param>
    /// <exception cref="JsonException">The text is not one JSON object (comments and trailing commas allowed).</exception>
    public static string Set(string text, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var shape = ObjectShape.Read(utf8);
        string newline = NewlineOf(text);
        var edits = new List<(int At, int End, string Text)>();
        var missing = new List<KeyValuePair<string, string>>();
        foreach (var value in values)
        {
            var members = shape.Members.Where(m => m.Name == value.Key).ToList();
            members.ForEach(m => edits.Add((m.ValueStart, m.ValueEnd, Indented(value.Value, Indent(utf8, m.NameStart), newline))));
            if (members.Count == 0)
            {
                missing.Add(value);
            }
        }

        if (missing.Count > 0)
        {
            edits.AddRange(Insertion(utf8, shape, missing, newline));
        }

        return Apply(utf8, edits);
    }

    /// <summary>
    /// Takes <paramref name="keys"/> out of the object: a member on a line of its own goes with its
    /// line (and the comment on it), one among others on a line goes with its comma; the comma of
    /// the member left last goes too, unless the file ends its members with one.
    /// </summary>
    /// <exception cref="JsonException">The text is not one JSON object (comments and trailing commas allowed).</exception>
    public static string Remove(string text, IReadOnlyCollection<string> keys)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var shape = ObjectShape.Read(utf8);
        var members = shape.Members;
        var edits = members
            .Select((m, i) => (Member: m, PreviousEnd: members.Take(i).LastOrDefault(k => !keys.Contains(k.Name))?.ValueEnd ?? shape.Open + 1))
            .Where(m => keys.Contains(m.Member.Name))
            .Select(m => Removal(utf8, m.Member, m.PreviousEnd))
            .ToList();
        int lastKept = members.ToList().FindLastIndex(m => !keys.Contains(m.Name));
        if (edits.Count > 0 && lastKept >= 0 && lastKept < members.Count - 1 && !shape.TrailingComma && members[lastKept].Comma >= 0)
        {
            edits.Add((members[lastKept].Comma, members[lastKept].Comma + 1, ""));
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

            yield return (lineStart, lineStart, string.Join($",{newline}", missing.Select(v => indent + Member(v, indent, newline))) + newline);
        }
        else if (last is not null)
        {
            yield return (last.ValueEnd, last.ValueEnd, string.Concat(missing.Select(v => $", {Member(v, "", newline)}")));
        }
        else
        {
            bool blank = utf8.AsSpan(shape.Open + 1, shape.Close - shape.Open - 1).Trim(" \t"u8).IsEmpty;
            yield return (shape.Open + 1, blank ? shape.Close : shape.Open + 1, $" {string.Join(", ", missing.Select(v => Member(v, "", newline)))} ");
        }
    }

    /// <summary>
    /// What removing <paramref name="m"/> takes out: its line, when it has one to itself; else itself
    /// with its comma and the spaces after it or, last, with what lies between it and the value kept before.
    /// </summary>
    private static (int At, int End, string Text) Removal(byte[] utf8, ObjectShape.Member m, int previousEnd)
    {
        int end = m.Comma >= 0 ? m.Comma + 1 : m.ValueEnd;
        int lineStart = Array.LastIndexOf(utf8, (byte)'\n', Math.Max(m.NameStart - 1, 0)) + 1;
        if (utf8.AsSpan(lineStart, m.NameStart - lineStart).Trim(" \t"u8).IsEmpty && lineStart > 0 && LineEndAfter(utf8, end) is { } lineEnd)
        {
            return (lineStart, lineEnd, "");
        }

        if (m.Comma < 0)
        {
            return (previousEnd, end, "");
        }

        while (end < utf8.Length && utf8[end] is (byte)' ' or (byte)'\t')
        {
            end++;
        }

        return (m.NameStart, end, "");
    }

    /// <summary>Just past the newline that ends the line at <paramref name="from"/>, when only spaces and comments come before it; else null.</summary>
    private static int? LineEndAfter(byte[] utf8, int from)
    {
        int i = from;
        while (i < utf8.Length)
        {
            var rest = utf8.AsSpan(i);
            if (rest[0] is (byte)' ' or (byte)'\t' or (byte)'\r')
            {
                i++;
            }
            else if (rest[0] == (byte)'\n')
            {
                return i + 1;
            }
            else if (rest.StartsWith("//"u8))
            {
                int newline = rest.IndexOf((byte)'\n');
                return newline < 0 ? utf8.Length : i + newline + 1;
            }
            else if (rest.StartsWith("/*"u8) && rest.IndexOf("*/"u8) is var close and > 0 && !rest[..close].Contains((byte)'\n'))
            {
                i += close + 2;
            }
            else
            {
                return null;
            }
        }

        return utf8.Length;
    }

    private static string Member(KeyValuePair<string, string> value, string indent, string newline) =>
        $"\"{JsonEncodedText.Encode(value.Key)}\": {Indented(value.Value, indent, newline)}";

    /// <summary>A value of several lines (written with \n), each line after the first under the key's indent, with the file's line ends.</summary>
    private static string Indented(string value, string indent, string newline) =>
        value.Contains('\n', StringComparison.Ordinal) ? value.Replace("\n", newline + indent, StringComparison.Ordinal) : value;

    private static string NewlineOf(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

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
            // Removals of neighbours may overlap (the spaces between them): each byte goes once.
            int from = Math.Max(at, copied);
            result.Append(Encoding.UTF8.GetString(utf8, copied, from - copied)).Append(text);
            copied = Math.Max(end, from);
        }

        return result.Append(Encoding.UTF8.GetString(utf8, copied, utf8.Length - copied)).ToString();
    }
}
