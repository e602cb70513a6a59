namespace HttpMonitor.Ui;

/// <summary>The help drawn over the window (F1 or ?): every key of the window's table, and what the colours mean.</summary>
internal static class HelpFormat
{
    /// <summary>Columns the keys take before what they do.</summary>
    public const int KeyColumn = 10;

    /// <summary>The widest the help is drawn: its longest line on one row.</summary>
    public const int Width = 76;

    /// <summary>One entry per key of <paramref name="keys"/> that has help, wrapped at spaces to <paramref name="width"/>, never cut.</summary>
    public static IReadOnlyList<StyledLine> Lines(IEnumerable<WindowKey> keys, int width)
    {
        var lines = new List<StyledLine>();
        foreach (var key in keys.Where(k => k.Help.Length > 0))
        {
            string keyText = key.Shown.PadRight(KeyColumn - 1) + " ";
            bool keyOnItsOwnLine = keyText.Length > KeyColumn || width < KeyColumn + 12;
            if (keyOnItsOwnLine)
            {
                lines.Add(StyledLine.Of(key.Shown));
            }

            string indent = new(' ', keyOnItsOwnLine ? 2 : KeyColumn);
            string first = keyOnItsOwnLine ? indent : keyText;
            foreach (string row in Wrap(key.Help, Math.Max(8, width - indent.Length)))
            {
                lines.Add(StyledLine.Of(first + row));
                first = indent;
            }
        }

        lines.Add(StyledLine.Of(""));
        lines.AddRange(Wrap("▲ red: an alert fired. ▼ green: it recovered.", width).Select(l => StyledLine.Of(l, Tone.Dim)));
        lines.AddRange(Wrap("╌ yellow in the chart: the traffic threshold.", width).Select(l => StyledLine.Of(l, Tone.Dim)));
        return lines;
    }

    /// <summary>Words on rows of at most <paramref name="width"/> columns; a word longer than a row is cut into pieces.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        width = Math.Max(1, width);
        string rest = text;
        while (rest.Length > width)
        {
            int cut = rest.LastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            yield return rest[..cut];
            rest = rest[cut..].TrimStart();
        }

        yield return rest;
    }
}
