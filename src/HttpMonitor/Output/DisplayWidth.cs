using System.Globalization;
using System.Text;
using Terminal.Gui.Text;

namespace HttpMonitor.Output;

/// <summary>
/// Text measured in terminal columns, not chars: a CJK letter or an emoji takes two, a combining
/// mark none. Columns line up only when padded and cut by this measure. The width of one
/// character is Terminal.Gui's (a port of wcwidth), so the window and the text output agree.
/// </summary>
internal static class DisplayWidth
{
    private const string Ellipsis = "…";

    /// <summary>The columns <paramref name="text"/> takes on a terminal.</summary>
    public static int Of(string text)
    {
        if (IsAscii(text))
        {
            return text.Length;
        }

        int columns = 0;
        int at = 0;
        while (at < text.Length)
        {
            int next = StringInfo.GetNextTextElementLength(text, at);
            columns += ClusterWidth(text.AsSpan(at, next));
            at += next;
        }

        return columns;
    }

    /// <summary><paramref name="text"/> in at most <paramref name="width"/> columns, its end cut with "…", never inside a character.</summary>
    public static string Fit(string text, int width)
    {
        if (Of(text) <= width)
        {
            return text;
        }

        return width <= 0 ? "" : Head(text, width - 1) + Ellipsis;
    }

    /// <summary>
    /// <paramref name="text"/> in at most <paramref name="width"/> columns, its middle cut with "…":
    /// a path keeps its first segment and its file name, the parts that tell paths apart.
    /// </summary>
    public static string FitMiddle(string text, int width)
    {
        if (Of(text) <= width)
        {
            return text;
        }

        if (width <= 2)
        {
            return Fit(text, width);
        }

        // The file name whole when it leaves room for a start, else half and half.
        int room = width - 1;
        int slash = text.LastIndexOf('/');
        string tail = slash > 0 && Of(text[slash..]) <= room * 2 / 3 ? text[slash..] : Tail(text, room / 2);
        return Head(text, room - Of(tail)) + Ellipsis + tail;
    }

    /// <summary><paramref name="text"/> followed by spaces up to <paramref name="width"/> columns.</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    /// <summary>Spaces up to <paramref name="width"/> columns, then <paramref name="text"/>.</summary>
    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Of(text))) + text;

    /// <summary>The longest start of <paramref name="text"/> that fits in <paramref name="width"/> columns.</summary>
    private static string Head(string text, int width)
    {
        int columns = 0;
        int at = 0;
        while (at < text.Length)
        {
            int next = StringInfo.GetNextTextElementLength(text, at);
            int cluster = ClusterWidth(text.AsSpan(at, next));
            if (columns + cluster > width)
            {
                break;
            }

            columns += cluster;
            at += next;
        }

        return text[..at];
    }

    /// <summary>The longest end of <paramref name="text"/> that fits in <paramref name="width"/> columns.</summary>
    private static string Tail(string text, int width)
    {
        var starts = new List<int>();
        for (int at = 0; at < text.Length; at += StringInfo.GetNextTextElementLength(text, at))
        {
            starts.Add(at);
        }

        int columns = 0;
        int from = text.Length;
        for (int i = starts.Count - 1; i >= 0; i--)
        {
            int cluster = ClusterWidth(text.AsSpan(starts[i], from - starts[i]));
            if (columns + cluster > width)
            {
                break;
            }

            columns += cluster;
            from = starts[i];
        }

        return text[from..];
    }

    /// <summary>A user-perceived character: as wide as its widest rune (a base letter and its marks take one column, an emoji with a modifier two).</summary>
    private static int ClusterWidth(ReadOnlySpan<char> cluster)
    {
        int widest = 0;
        foreach (var rune in cluster.EnumerateRunes())
        {
            widest = Math.Max(widest, rune.GetColumns());
        }

        return widest;
    }

    private static bool IsAscii(string text) => Ascii.IsValid(text);
}
