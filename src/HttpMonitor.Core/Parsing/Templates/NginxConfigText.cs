namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// The format an nginx <c>log_format</c> text stands for: the format itself, or its body as
/// written in nginx.conf (quoted strings, optionally after <c>log_format NAME</c> and
/// <c>escape=…</c>, optionally ending with <c>;</c>), whose contents concatenated are the format.
/// </summary>
internal static class NginxConfigText
{
    private static readonly string[] EscapeModes = ["default", "json", "none"];

    /// <summary>The format in <paramref name="given"/> from <paramref name="start"/>, with where each character came from.</summary>
    /// <exception cref="LogFormatException">A quote not closed, an unknown escape=, or no quoted string where one must be.</exception>
    public static FormatText Read(string given, int start)
    {
        int at = Skip(given, start);
        bool config = false;
        if (StartsWithWord(given, at, "log_format"))
        {
            at = Skip(given, Word(given, Skip(given, at + "log_format".Length))); // the format's name
            config = true;
        }

        if (string.CompareOrdinal(given, at, "escape=", 0, 7) == 0)
        {
            int end = Word(given, at);
            string mode = given[(at + 7)..end];
            if (!EscapeModes.Contains(mode))
            {
                throw Problem(at, $"escape={mode} is not an nginx escape mode: use escape=default, escape=json or escape=none");
            }

            (at, config) = (Skip(given, end), true);
        }

        if (at < given.Length && given[at] is '\'' or '"' && TryQuoted(given, at, config) is { } quoted)
        {
            return quoted;
        }

        if (config)
        {
            throw Problem(at, "expected the format in quotes ('…'), as in nginx.conf");
        }

        int last = given.Length;
        while (last > at && char.IsWhiteSpace(given[last - 1]))
        {
            last--;
        }

        return FormatText.Plain(given, at, last);
    }

    /// <summary>Quoted strings separated by whitespace, up to an optional ';'; null when other text follows and the text may be a plain format.</summary>
    private static FormatText? TryQuoted(string given, int at, bool config)
    {
        var text = new FormatText();
        while (at < given.Length && given[at] != ';')
        {
            char quote = given[at];
            if (quote is not ('\'' or '"'))
            {
                return config ? throw Problem(at, "expected a quoted string ('…') or the end of the format") : null;
            }

            at = ReadQuoted(given, at, text);
            at = Skip(given, at);
        }

        if (at < given.Length && Skip(given, at + 1) < given.Length)
        {
            throw Problem(Skip(given, at + 1), "nothing may follow the ';' that ends the format");
        }

        return text;
    }

    /// <summary>Appends the contents of the quoted string at <paramref name="open"/>, with nginx.conf's escapes; returns where it ends.</summary>
    private static int ReadQuoted(string given, int open, FormatText text)
    {
        char quote = given[open];
        for (int i = open + 1; i < given.Length; i++)
        {
            char c = given[i];
            if (c == quote)
            {
                return i + 1;
            }

            if (c == '\\' && i + 1 < given.Length)
            {
                char next = given[i + 1];
                char? escaped = next switch { '"' or '\'' or '\\' => next, 't' => '\t', 'r' => '\r', 'n' => '\n', _ => null };
                if (escaped is { } e)
                {
                    text.Append(e, i);
                    i++;
                    continue;
                }
            }

            text.Append(c, i);
        }

        throw Problem(open, $"this {quote} is never closed: every quoted string of a log_format ends with the same quote");
    }

    private static int Skip(string s, int at)
    {
        while (at < s.Length && char.IsWhiteSpace(s[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The end of the run of non-whitespace at <paramref name="at"/>.</summary>
    private static int Word(string s, int at)
    {
        while (at < s.Length && !char.IsWhiteSpace(s[at]))
        {
            at++;
        }

        return at;
    }

    private static bool StartsWithWord(string s, int at, string word) =>
        string.CompareOrdinal(s, at, word, 0, word.Length) == 0 && at + word.Length < s.Length && char.IsWhiteSpace(s[at + word.Length]);

    private static LogFormatException Problem(int at, string problem) => new($"nginx format, position {at + 1}: {problem}");
}
