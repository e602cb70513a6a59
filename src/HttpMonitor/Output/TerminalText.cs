using System.Globalization;
using System.Buffers;
using System.Text;

namespace HttpMonitor.Output;

/// <summary>Makes text from a log or a remote peer safe to print on a terminal.</summary>
internal static class TerminalText
{
    // Invisible characters that change how the text around them looks: bidi embeddings,
    // overrides, isolates and marks (a path shown reversed), and zero-width characters
    // (two different paths that look the same).
    private const string Invisible = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff";

    private static readonly SearchValues<char> Unsafe = SearchValues.Create(Controls() + Invisible);

    /// <summary>
    /// Control characters (C0, DEL, C1) become visible escapes like <c>\x1b</c>, so a crafted
    /// request cannot move the cursor or change the terminal; bidi controls and zero-width
    /// characters become escapes like <c>\u202e</c>, so what is shown is what was sent.
    /// </summary>
    public static string Escape(string text)
    {
        int first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (char c in text.AsSpan(first))
        {
            if (!Unsafe.Contains(c))
            {
                escaped.Append(c);
            }
            else if (c <= '\xff')
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            }
            else
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return escaped.ToString();
    }

    private static string Controls()
    {
        var controls = new StringBuilder();
        for (char c = '\0'; c <= '\x9f'; c++)
        {
            if (c < 0x20 || c >= 0x7f)
            {
                controls.Append(c);
            }
        }

        return controls.ToString();
    }
}
