using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Ui;

/// <summary>
/// The traffic chart as text: one column per group of seconds (average req/s), bars in eighth
/// blocks, the threshold as a dotted line with its value on the axis, scaled to the space given.
/// </summary>
internal static class ChartFormat
{
    /// <summary>About how much history the chart shows; the columns decide the exact span.</summary>
    public const int TargetSeconds = 300;

    /// <summary>Columns of the value axis at the left, its ┤ included.</summary>
    internal const int LabelWidth = 6;
    private const string Eighths = " ▁▂▃▄▅▆▇█";

    /// <summary>Seconds per column for a chart <paramref name="width"/> columns wide (labels included).</summary>
    public static int SecondsPerColumn(int width) =>
        Math.Max(1, (TargetSeconds + PlotWidth(width) - 1) / Math.Max(1, PlotWidth(width)));

    public static string Title(MonitorSnapshot s, int width) => PlotWidth(width) < 1
        ? "Traffic, req/s"
        : string.Create(CultureInfo.InvariantCulture,
            $"Traffic, req/s over the last {TimeFormat.Duration(TimeSpan.FromSeconds(PlotWidth(width) * SecondsPerColumn(width)))} ({SecondsPerColumn(width)}s per column); ╌ threshold {s.Options.AverageTrafficThreshold:0.##}");

    public static IReadOnlyList<StyledLine> Lines(ImmutableList<Tally> seconds, double threshold, int width, int height)
    {
        int plotWidth = PlotWidth(width);
        int plotHeight = height - 1;
        if (plotWidth < 1 || plotHeight < 1)
        {
            return [];
        }

        int perColumn = SecondsPerColumn(width);
        double[] columns = Columns(seconds, plotWidth, perColumn);
        double top = NiceCeiling(Math.Max(columns.Max(), threshold) * 1.15);
        // The row whose range (low, high] holds the threshold: on a boundary, the row below it.
        int thresholdRow = Math.Clamp(plotHeight - (int)Math.Ceiling(threshold / top * plotHeight), 0, plotHeight - 1);

        var lines = new List<StyledLine>(height);
        for (int row = 0; row < plotHeight; row++)
        {
            double low = top * (plotHeight - 1 - row) / plotHeight;
            double high = top * (plotHeight - row) / plotHeight;
            string label = row == 0 ? Number(top) : row == thresholdRow ? Number(threshold) : row == plotHeight - 1 ? "0" : "";
            var line = new LineBuilder();
            line.Add(label.PadLeft(LabelWidth - 1)[..(LabelWidth - 1)] + "┤", row == thresholdRow ? Tone.Threshold : Tone.Dim);
            foreach (double value in columns)
            {
                int eighths = (int)Math.Round(Math.Clamp((value - low) / (high - low), 0, 1) * 8);
                if (eighths == 0 && row == thresholdRow)
                {
                    line.Add("╌", Tone.Threshold);
                }
                else
                {
                    line.Add(Eighths[eighths].ToString(), value > threshold ? Tone.Alert : Tone.Bar);
                }
            }

            lines.Add(line.Build());
        }

        lines.Add(Axis(plotWidth, perColumn));
        return lines;
    }

    internal static int PlotWidth(int width) => width - LabelWidth;

    /// <summary>Average req/s per column, the newest seconds in the last column; columns before the first second are 0.</summary>
    private static double[] Columns(ImmutableList<Tally> seconds, int plotWidth, int perColumn)
    {
        var columns = new double[plotWidth];
        int first = Math.Max(0, seconds.Count - plotWidth * perColumn);
        for (int i = first; i < seconds.Count; i++)
        {
            int fromEnd = seconds.Count - 1 - i;
            columns[plotWidth - 1 - fromEnd / perColumn] += (double)seconds[i].Hits / perColumn;
        }

        return columns;
    }

    internal static StyledLine Axis(int plotWidth, int perColumn)
    {
        string start = "-" + TimeFormat.Duration(TimeSpan.FromSeconds(plotWidth * perColumn)).Replace(" ", "", StringComparison.Ordinal);
        const string end = "now";
        var axis = new StringBuilder(new string(' ', LabelWidth - 1)).Append('└');
        if (plotWidth >= start.Length + end.Length + 2)
        {
            axis.Append(start).Append('─', plotWidth - start.Length - end.Length).Append(end);
        }
        else
        {
            axis.Append('─', plotWidth);
        }

        return StyledLine.Of(axis.ToString(), Tone.Dim);
    }

    /// <summary>The next of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above <paramref name="value"/> (at least 1).</summary>
    public static double NiceCeiling(double value)
    {
        if (!(value > 1))
        {
            return 1;
        }

        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (double step in new[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    internal static string Number(double value) =>
        value >= 100_000 ? string.Create(CultureInfo.InvariantCulture, $"{value / 1000:0}k") : value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Joins characters of one tone into one span.</summary>
    internal sealed class LineBuilder
    {
        private readonly List<TextRun> _spans = [];
        private readonly StringBuilder _text = new();
        private Tone _tone;

        public void Add(string text, Tone tone)
        {
            if (_text.Length > 0 && tone != _tone)
            {
                _spans.Add(new TextRun(_text.ToString(), _tone));
                _text.Clear();
            }

            _tone = tone;
            _text.Append(text);
        }

        public StyledLine Build()
        {
            if (_text.Length > 0)
            {
                _spans.Add(new TextRun(_text.ToString(), _tone));
            }

            return new StyledLine(_spans);
        }
    }
}
