namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// The format an Apache <c>LogFormat</c> text stands for: the format string, with or without the
/// double quotes around it in the config, or the whole <c>LogFormat "…" nickname</c> line;
/// <c>\"</c> is a quote and <c>\\</c> a backslash, as in the config.
/// </summary>
internal static class ApacheConfigText
{
    /// <exception cref="LogFormatException">A quote not closed, or no quoted format after LogFormat.</exception>
    public static FormatText Read(string given, int start)
    {
        int at = Skip(given, start);
        bool config = at + 10 <= given.Length && given.AsSpan(at, 9).Equals("LogFormat", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(given[at + 9]);
        if (config)
        {
            at = Skip(given, at + 10);
        }

        int end = given.Length;
        while (end > at && char.IsWhiteSpace(given[end - 1]))
        {
            end--;
        }

        if (at < end && given[at] == '"')
        {
            int close = ClosingQuote(given, at + 1);
            if (close < 0)
            {
                throw new LogFormatException($"apache format, position {at + 1}: this \" is never closed: write the format in double quotes, a quote inside it as \\\"");
            }

            // After the closing quote: nothing, or with LogFormat the format's nickname.
            if (config || Skip(given, close + 1) >= end)
            {
                return Unescaped(given, at + 1, close);
            }
        }
        else if (config)
        {
            throw new LogFormatException($"apache format, position {at + 1}: expected the format in double quotes after LogFormat");
        }

        return Unescaped(given, at, end);
    }

    /// <summary>The first '"' from <paramref name="from"/> not escaped by a backslash, or -1.</summary>
    private static int ClosingQuote(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            if (s[i] == '\\')
            {
                i++;
            }
            else if (s[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    private static FormatText Unescaped(string given, int start, int end)
    {
        var text = new FormatText();
        for (int i = start; i < end; i++)
        {
            char c = given[i];
            if (c == '\\' && i + 1 < end && given[i + 1] is '"' or '\\' or 't' or 'n')
            {
                char next = given[++i];
                text.Append(next switch { 't' => '\t', 'n' => '\n', _ => next }, i - 1);
                continue;
            }

            text.Append(c, i);
        }

        return text;
    }

    private static int Skip(string s, int at)
    {
        while (at < s.Length && char.IsWhiteSpace(s[at]))
        {
            at++;
        }

        return at;
    }
}
