using System.Globalization;
using HttpMonitor.Core.Profile;

namespace HttpMonitor.Output;

/// <summary>The traffic profile as small text tables: hours of the day, countries, top clients.</summary>
internal static class ProfileFormat
{
    private const int BarWidth = 40;

    public static IEnumerable<string> Lines(TrafficProfile p)
    {
        yield return "── traffic profile since start (hours as the log wrote them) ──";
        foreach (string line in HourBars(p))
        {
            yield return line;
        }

        if (p.Countries is { Count: > 0 } countries)
        {
            yield return $"   {"country",-12} {"hits",10} {"errors",8}";
            foreach (var c in countries.Take(10))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"   {c.Country,-12} {c.Hits,10:N0} {c.Errors,8:N0}");
            }
        }

        if (p.Clients.Count > 0)
        {
            yield return $"   {"client",-40} {"hits",10} {"errors",8}";
            foreach (var c in p.Clients)
            {
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"   {TextFormat.Cell(c.Client, 40)} {(c.Exact ? "" : "≈")}{c.Hits,10:N0} {c.Errors,8:N0}");
            }
        }

        foreach (string line in Latency(p))
        {
            yield return line;
        }
    }

    /// <summary>Response times since start (final profile of a timed log): overall, then the sections with the most timed hits.</summary>
    private static IEnumerable<string> Latency(TrafficProfile p)
    {
        if (p.Latency is not { Count: > 0 } overall)
        {
            yield break;
        }

        yield return string.Create(CultureInfo.InvariantCulture,
            $"   response times: {overall.Count:N0} timed {(overall.Count == 1 ? "hit" : "hits")} · mean {LatencyText.Milliseconds(overall.Mean)} ms · {LatencyText.Summary(overall)}");
        yield return $"   {"section",-24} {"timed",10} {LatencyText.Header}";
        foreach (var s in p.SectionLatencies)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"   {TextFormat.Fit(TerminalText.Escape(s.Section), 24),-24} {s.Latency.Count,10:N0} {LatencyText.Columns(s.Latency)}");
        }
    }

    /// <summary>"13h  1,234 ████████  ← busiest", one row per hour.</summary>
    public static IEnumerable<string> HourBars(TrafficProfile p)
    {
        long max = Math.Max(1, p.Hours.Max());
        int? busiest = p.BusiestHour;
        for (int hour = 0; hour < 24; hour++)
        {
            long hits = p.Hours[hour];
            string bar = new('█', (int)Math.Round((double)hits / max * BarWidth));
            yield return string.Create(CultureInfo.InvariantCulture,
                $"   {hour:00}h {hits,10:N0} {p.ErrorsByHour[hour],8:N0} {bar}{(hour == busiest ? "  ← busiest" : "")}");
        }
    }
}
