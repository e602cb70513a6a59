namespace HttpMonitor.Ui;

/// <summary>
/// The chart area's panels, which <c>g</c> cycles through: the traffic chart, response times and the
/// slowest requests (only when the log is timed), then the traffic-profile panels.
/// </summary>
internal static class ChartArea
{
    /// <summary>The panel after <paramref name="panel"/>; the response-time panels are skipped while nothing was timed.</summary>
    public static ChartPanel Next(ChartPanel panel, bool timed)
    {
        do
        {
            panel = ProfilePanel.Next(panel);
        }
        while (!timed && panel is ChartPanel.Latency or ChartPanel.Slowest);

        return panel;
    }

    public static string Title(ChartPanel panel, MonitorSnapshot s, int width, TimeDisplay time) => panel switch
    {
        ChartPanel.Traffic => ChartFormat.Title(s, width),
        ChartPanel.Latency => LatencyChartFormat.Title(width),
        ChartPanel.Slowest => SlowestFormat.Title,
        _ => ProfilePanel.Title(panel, s, time),
    };

    public static IReadOnlyList<StyledLine> Lines(ChartPanel panel, MonitorSnapshot s, int width, int height) => panel switch
    {
        ChartPanel.Traffic => ChartFormat.Lines(s.Seconds, s.Options.AverageTrafficThreshold, width, height),
        ChartPanel.Latency => LatencyChartFormat.Lines(s.Latencies, width, height),
        ChartPanel.Slowest => SlowestFormat.Lines(s, width, height),
        _ => ProfilePanel.Lines(panel, s, width, height),
    };
}
