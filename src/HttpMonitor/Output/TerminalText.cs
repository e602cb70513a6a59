using System.Text;

namespace HttpMonitor.Output;

/// <summary>Makes text from a log safe to print on a terminal.</summary>
internal static class TerminalText
{
    /// <summary>
    /// Control characters (C0, DEL, C1) become visible escapes like <c>\x1b</c>, so a crafted
    /// request cannot move the cursor or change the terminal.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\x1f') && !text.AsSpan().ContainsAnyInRange('\x7f', '\x9f'))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c < 0x20 || c is >= '\x7f' and <= '\x9f')
            {
                escaped.Append($"\\x{(int)c:x2}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
