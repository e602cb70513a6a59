using System.Globalization;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>What the chart area shows; <c>g</c> cycles through them.</summary>
internal enum ChartPanel
{
    Traffic,
    /// <summary>p50/p95/p99 over time (timed logs only).</summary>
    Latency,
    /// <summary>The slowest recent requests (timed logs only).</summary>
    Slowest,
    Hours,
    Countries,
    Clients,
    WindowClients,
    Vhosts,
    /// <summary>The last window's top sources (several inputs).</summary>
    Sources,
}

/// <summary>The traffic-profile panels as lines: a 24-hour bar chart with the busiest hour marked, countries, top clients since start and in the last window, the last window's vhosts and sources.</summary>
internal static class ProfilePanel
{
    private const string Eighths = " ▁▂▃▄▅▆▇█";

    public static ChartPanel Next(ChartPanel panel) => (ChartPanel)(((int)panel + 1) % Enum.GetValues<ChartPanel>().Length);

    public static string Title(ChartPanel panel, MonitorSnapshot s, TimeDisplay time) => panel switch
    {
        ChartPanel.Hours => $"Hits per hour of day since start, as the log wrote them{Busiest(s.Profile)} [g: next panel]",
        ChartPanel.Countries => "Countries of the clients since start [g: next panel]",
        ChartPanel.WindowClients => $"Top clients in the last window{Range(s.LastWindow, time)} (≈: estimated) [g: next panel]",
        ChartPanel.Vhosts => $"Top vhosts in the last window{Range(s.LastWindow, time)} [g: next panel]",
        ChartPanel.Sources => $"Top sources in the last window{Range(s.LastWindow, time)} [g: next panel]",
        _ => "Top clients since start (≈: estimated) [g: next panel]",
    };

    public static IReadOnlyList<StyledLine> Lines(ChartPanel panel, MonitorSnapshot s, int width, int height)
    {
        if (panel == ChartPanel.Vhosts)
        {
            return s.LastWindow is { } last
                ? Vhosts(last, height)
                : [StyledLine.Of("A window's top vhosts appear when the first statistics window closes.", Tone.Dim)];
        }

        if (panel == ChartPanel.Sources)
        {
            return s.LastWindow is { } last
                ? Sources(last, height)
                : [StyledLine.Of("A window's top sources appear when the first statistics window closes.", Tone.Dim)];
        }

        if (panel == ChartPanel.WindowClients)
        {
            return s.LastWindow is { } w
                ? WindowClients(w, height)
                : [StyledLine.Of("A window's top clients appear when the first statistics window closes.", Tone.Dim)];
        }

        if (s.Profile is not { } p)
        {
            return [StyledLine.Of("The profile appears when the first statistics window closes.", Tone.Dim)];
        }

        return panel switch
        {
            ChartPanel.Hours => Hours(p, width, height),
            ChartPanel.Countries => Countries(p, s.HasGeography, height),
            _ => Clients(p, height),
        };
    }

    /// <summary>
    /// Vertical bars in eighth blocks, one column group per hour, scaled to the height with the
    /// busiest hour's count at the top of the scale; the busiest hour in the alert tone. An hour
    /// with any hit shows at least ▁: next to a busy hour, a quiet one is small, not absent.
    /// </summary>
    public static IReadOnlyList<StyledLine> Hours(TrafficProfile p, int width, int height)
    {
        const int labelWidth = 6;
        int column = Math.Clamp((width - labelWidth - 1) / 24, 1, 4);
        int rows = Math.Max(1, height - 1);
        long max = Math.Max(1, p.Hours.Max());
        int? busiest = p.BusiestHour;
        var lines = new List<StyledLine>();
        for (int row = rows; row >= 1; row--)
        {
            string label = row == rows ? Count(max) : row == (rows + 1) / 2 && rows >= 3 ? Count(max * row / rows) : "";
            var spans = new List<TextRun> { new(label.PadLeft(labelWidth - 1) + "┤", Tone.Dim) };
            for (int hour = 0; hour < 24; hour++)
            {
                long eighths = p.Hours[hour] == 0 ? 0 : Math.Max(1, p.Hours[hour] * rows * 8 / max);
                char bar = Eighths[(int)Math.Clamp(eighths - (row - 1) * 8, 0, 8)];
                string cell = new string(bar, Math.Max(1, column - 1)) + (column > 1 ? " " : "");
                spans.Add(new TextRun(cell, hour == busiest ? Tone.Alert : Tone.Normal));
            }

            lines.Add(new StyledLine(spans));
        }

        lines.Add(StyledLine.Of(new string(' ', labelWidth) + string.Concat(Enumerable.Range(0, 24).Select(h => Label(h, column))), Tone.Dim));
        return lines;
    }

    /// <summary>A count in at most five columns: "4,180", "12k", "3.4M".</summary>
    private static string Count(long hits) => hits switch
    {
        < 10_000 => hits.ToString("N0", CultureInfo.InvariantCulture),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{hits / 1000}k"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{hits / 1_000_000.0:0.#}M"),
    };

    public static IReadOnlyList<StyledLine> Countries(TrafficProfile p, bool hasGeography, int height)
    {
        if (!hasGeography || p.Countries is null)
        {
            return
            [
                StyledLine.Of("No GeoIP database: countries are off.", Tone.Dim),
                StyledLine.Of("Get MaxMind's free GeoLite2-Country.mmdb (kept fresh by geoipupdate) and"),
                StyledLine.Of("run with --geoip PATH, or set \"geoipDatabase\" in config.json."),
            ];
        }

        long total = Math.Max(1, p.Countries.Sum(c => c.Hits));
        return [.. Header("country"), .. p.Countries.Take(Math.Max(0, height - 1)).Select(c => Row(c.Country, c.Hits, c.Errors, total, exact: true))];
    }

    public static IReadOnlyList<StyledLine> Clients(TrafficProfile p, int height) => ClientRows(p.Clients, p.Hours.Sum(), height);

    /// <summary>The window's own top clients: folded from its seconds only now, when someone looks (WindowClients).</summary>
    public static IReadOnlyList<StyledLine> WindowClients(WindowStats w, int height) => ClientRows(w.Clients, w.Hits, height);

    /// <summary>The window's vhosts ranked by hits, or why there are none.</summary>
    public static IReadOnlyList<StyledLine> Vhosts(WindowStats w, int height) => Ranked(
        "vhost", w.Vhosts.Select(v => (v.Vhost, v.Tally)).ToList(), w.Hits, height,
        "No vhosts in the last window: the log's format gives none.",
        "vhost_combined, nginx $host, Apache %v, JSON \"host\", W3C cs-host and ALB do (docs/formats.md).");

    /// <summary>The window's sources (files, syslog senders) ranked by hits, or why there are none.</summary>
    public static IReadOnlyList<StyledLine> Sources(WindowStats w, int height) => Ranked(
        "source", w.Sources.Select(s => (s.Source, s.Tally)).ToList(), w.Hits, height,
        "No sources in the last window: the monitor reads one input.",
        "Several --log (or a glob) and --syslog show side by side which one the traffic comes from.");

    /// <summary>Named tallies (vhosts, sources) ranked as the window gave them, or two lines saying why there are none.</summary>
    private static IReadOnlyList<StyledLine> Ranked(string column, List<(string Name, Tally Tally)> rows, long hits, int height, string none, string hint)
    {
        if (rows.Count == 0)
        {
            return [StyledLine.Of(none, Tone.Dim), StyledLine.Of(hint)];
        }

        long total = Math.Max(1, hits);
        return [.. Header(column), .. rows.Take(Math.Max(0, height - 1)).Select(r => Row(TerminalText.Escape(r.Name), r.Tally.Hits, r.Tally.Errors, total, exact: true))];
    }

    private static IReadOnlyList<StyledLine> ClientRows(IReadOnlyList<ClientStats> clients, long hits, int height)
    {
        long total = Math.Max(1, hits);
        return [.. Header("client"), .. clients.Take(Math.Max(0, height - 1)).Select(c => Row(TerminalText.Escape(c.Client), c.Hits, c.Errors, total, c.Exact))];
    }

    private static string Range(WindowStats? w, TimeDisplay time) =>
        w is null ? "" : " " + time.Span(w.Start, w.End);

    private static string Busiest(TrafficProfile? p) =>
        p?.BusiestHour is { } h ? string.Create(CultureInfo.InvariantCulture, $"; busiest {h:00}h") : "";

    private static string Label(int hour, int column) =>
        column >= 3 ? hour.ToString("00", CultureInfo.InvariantCulture).PadRight(column) : (hour % 6 == 0 ? hour.ToString(CultureInfo.InvariantCulture).PadRight(column * 6) : "");

    private static StyledLine[] Header(string what) => [StyledLine.Of($"{what,-40} {"hits",10} {"share",6} {"errors",8}", Tone.Dim)];

    private static StyledLine Row(string name, long hits, long errors, long total, bool exact) =>
        StyledLine.Of(string.Create(CultureInfo.InvariantCulture,
            $"{TextFormat.Fit(name, 40),-40} {(exact ? "" : "≈") + hits.ToString("N0", CultureInfo.InvariantCulture),10} {TextFormat.Share(hits, total),6} {errors,8:N0}"));
}
