using System.Text.Json;

namespace HttpMonitor.Core.Options;

/// <summary>Where the parts of a JSON object's text are, in bytes: its braces, and each top-level member's name, value and comma.</summary>
internal sealed record ObjectShape(int Open, int Close, IReadOnlyList<ObjectShape.Member> Members)
{
    /// <param name="Comma">Where the comma after the value is, or -1 when none follows it.</param>
    public sealed record Member(string Name, int NameStart, int ValueStart, int ValueEnd, int Comma = -1);

    /// <summary>Whether the last member is followed by a comma (the file's style, which JSON with trailing commas allows).</summary>
    public bool TrailingComma => Members.Count > 0 && Members[^1].Comma >= 0;

    /// <exception cref="JsonException">Not one JSON object (comments and trailing commas allowed).</exception>
    public static ObjectShape Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Allow, AllowTrailingCommas = true });
        if (!NextToken(ref reader) || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("not a JSON object", null, 0, 0);
        }

        int open = (int)reader.TokenStartIndex;
        var members = new List<Member>();
        var comments = new List<Range>();
        int close = -1;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Comment)
            {
                comments.Add((int)reader.TokenStartIndex..(int)reader.BytesConsumed);
            }
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                string name = reader.GetString()!;
                int nameStart = (int)reader.TokenStartIndex;
                NextToken(ref reader);
                int valueStart = (int)reader.TokenStartIndex;
                reader.Skip();
                members.Add(new Member(name, nameStart, valueStart, (int)reader.BytesConsumed));
            }
            else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
            {
                close = (int)reader.TokenStartIndex;
            }
        }

        // Each value's comma lies between it and the next name (or the closing brace), outside comments.
        for (int i = 0; i < members.Count; i++)
        {
            int next = i + 1 < members.Count ? members[i + 1].NameStart : close;
            members[i] = members[i] with { Comma = CommaBetween(utf8, members[i].ValueEnd, next, comments) };
        }

        return new ObjectShape(open, close, members);
    }

    /// <summary>The next token that is not a comment.</summary>
    private static bool NextToken(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.Comment)
            {
                return true;
            }
        }

        return false;
    }

    private static int CommaBetween(ReadOnlySpan<byte> utf8, int from, int to, List<Range> comments)
    {
        for (int i = from; i < to; i++)
        {
            if (utf8[i] == (byte)',' && !comments.Any(c => i >= c.Start.Value && i < c.End.Value))
            {
                return i;
            }
        }

        return -1;
    }
}
