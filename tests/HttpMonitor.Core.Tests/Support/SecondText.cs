using System.Globalization;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>A closed second written out whole, every field in its order: two seconds are equal when their texts are.</summary>
public static class SecondText
{
    public static string Of(ClosedSecond s)
    {
        var text = new StringBuilder(FormattableString.Invariant($"{s.Start:O} x{s.Count} {s.Tally} {Latency(s.Latency)}\n"));
        foreach (var section in s.Sections)
        {
            text.Append(FormattableString.Invariant($"  section {section.Section} {section.Tally} {section.HeaviestPath} {section.HeaviestBytes} {Latency(section.Latency)}\n"));
        }

        foreach (var vhost in s.Vhosts)
        {
            text.Append(FormattableString.Invariant($"  vhost {vhost.Vhost} {vhost.Tally} {Latency(vhost.Latency)}\n"));
        }

        foreach (var source in s.Sources)
        {
            text.Append(FormattableString.Invariant($"  source {source.Source} {source.Tally}\n"));
        }

        for (int i = 0; i < s.Clients.Count; i++)
        {
            text.Append(FormattableString.Invariant($"  client {Encoding.UTF8.GetString(s.Clients.KeyAt(i))} {s.Clients.HitsAt(i)} {s.Clients.ErrorsAt(i)}\n"));
        }

        text.Append(CultureInfo.InvariantCulture, $"  overflow {s.Clients.OverflowIndex} hours {string.Join(',', s.Hours)}\n");
        foreach (var slow in s.Slowest)
        {
            text.Append(FormattableString.Invariant($"  slow {slow.At:O} {slow.Section} {slow.Path} {slow.Status} {slow.DurationMicros}\n"));
        }

        return text.ToString();
    }

    private static string Latency(LatencySketch? l) => l is null
        ? "untimed"
        : FormattableString.Invariant($"n={l.Count} sum={l.Sum} min={l.Min} max={l.Max} p50={l.Quantile(0.5)} p90={l.Quantile(0.9)} p99={l.Quantile(0.99)}");
}
