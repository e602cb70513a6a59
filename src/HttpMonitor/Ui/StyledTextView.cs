using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace HttpMonitor.Ui;

/// <summary>Draws styled lines, one color per <see cref="Tone"/>, cut at the right edge.</summary>
internal sealed class StyledTextView : View
{
    /// <summary>Makes the lines for the current size; called on every draw, so a resize re-lays them out.</summary>
    public Func<int, int, IReadOnlyList<StyledLine>> Render { get; set; } = (_, _) => [];

    /// <summary>The lines of the last draw.</summary>
    public IReadOnlyList<StyledLine> Drawn { get; private set; } = [];

    /// <summary>Asks for a draw only when the lines for the current size differ from those drawn: a draw is the costly part of a refresh.</summary>
    public void Update()
    {
        if (!Drawn.SequenceEqual(Render(Viewport.Width, Viewport.Height)))
        {
            SetNeedsDraw();
        }
    }

    // Every cell is drawn below, blanks included: clearing the viewport first would only draw each twice.
    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        int width = Viewport.Width;
        var lines = Render(width, Viewport.Height);
        Drawn = lines;
        for (int row = 0; row < Viewport.Height; row++)
        {
            SetAttribute(normal);
            Move(0, row);
            AddStr(new string(' ', Math.Max(0, width)));
            if (row >= lines.Count)
            {
                continue;
            }

            int column = 0;
            foreach (var span in lines[row].Runs)
            {
                if (column >= width)
                {
                    break;
                }

                string text = span.Text.Length > width - column ? span.Text[..(width - column)] : span.Text;
                SetAttribute(ToAttribute(span.Tone, normal));
                Move(column, row);
                AddStr(text);
                column += text.Length;
            }
        }

        return true;
    }

    public static Attribute ToAttribute(Tone tone, Attribute normal) => tone switch
    {
        Tone.Dim => new Attribute(ColorName16.DarkGray, normal.Background),
        Tone.Good => new Attribute(ColorName16.BrightGreen, normal.Background),
        Tone.Warning => new Attribute(ColorName16.BrightYellow, normal.Background),
        Tone.Alert => new Attribute(ColorName16.BrightRed, normal.Background),
        Tone.Critical => new Attribute(ColorName16.White, ColorName16.Red),
        Tone.Recovered => new Attribute(ColorName16.BrightGreen, normal.Background),
        Tone.Settings => new Attribute(ColorName16.BrightCyan, normal.Background),
        Tone.Threshold => new Attribute(ColorName16.Yellow, normal.Background),
        Tone.Bar => new Attribute(ColorName16.Cyan, normal.Background),
        _ => normal,
    };
}
