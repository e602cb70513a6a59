using System.Text.Json;

namespace HttpMonitor.Core.Options;

/// <summary>Where the parts of a JSON object's text are, in bytes: its braces, and each top-level member's name and value.</summary>
internal sealed record ObjectShape(int Open, int Close, IReadOnlyList<ObjectShape.Member> Members, bool TrailingComma)
{
    public sealed record Member(string Name, int NameStart, int ValueStart, int ValueEnd);

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
        var commentsAfterLast = new List<Range>();
        int close = -1;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Comment)
            {
                commentsAfterLast.Add((int)reader.TokenStartIndex..(int)reader.BytesConsumed);
            }
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                string name = reader.GetString()!;
                int nameStart = (int)reader.TokenStartIndex;
                NextToken(ref reader);
                int valueStart = (int)reader.TokenStartIndex;
                reader.Skip();
                members.Add(new Member(name, nameStart, valueStart, (int)reader.BytesConsumed));
                commentsAfterLast.Clear();
            }
            else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
            {
                close = (int)reader.TokenStartIndex;
            }
        }

        int afterLast = members.Count > 0 ? members[^1].ValueEnd : open + 1;
        bool trailingComma = members.Count > 0 && HasComma(utf8, afterLast, close, commentsAfterLast);
        return new ObjectShape(open, close, members, trailingComma);
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

    private static bool HasComma(ReadOnlySpan<byte> utf8, int from, int to, List<Range> comments)
    {
        for (int i = from; i < to; i++)
        {
            if (utf8[i] == (byte)',' && !comments.Any(c => i >= c.Start.Value && i < c.End.Value))
            {
                return true;
            }
        }

        return false;
    }
}
