using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Joins two parts of one second, the later read after the earlier, into the second the clock
/// would have closed had it read their lines one after the other: what parallel parsing needs
/// where a part of the log counts in a second another part opened (docs/semantics.md, "The clock").
/// </summary>
/// <remarks>
/// Sums, first-seen orders, heaviest documents (a later one only when strictly heavier), response
/// times, the slowest hits (<see cref="SlowestInSecond"/>) and the bounds on distinct sections,
/// vhosts, sources and clients per second all come out as one reading makes them. The later part must be
/// unbounded (an <c>OpenSecond(bounded: false)</c>): a key it had put in "(other)" could not be
/// found in the earlier part. With no earlier part the bounds alone are applied.
/// </remarks>
internal static class SecondJoin
{
    public static ClosedSecond Join(ClosedSecond? earlier, ClosedSecond later)
    {
        if (earlier is null && WithinBounds(later))
        {
            return later;
        }

        var first = earlier ?? ClosedSecond.Empty(later.Start);
        return new ClosedSecond(first.Start, first.Tally + later.Tally, Sections(first, later), Clients(first.Clients, later.Clients), Hours(first.Hours, later.Hours))
        {
            Vhosts = Vhosts(first, later),
            Sources = BoundedJoin.Of(
                first.Sources, later.Sources, x => x.Source, (a, b) => a with { Tally = a.Tally + b.Tally }, (x, name) => x with { Source = name },
                OpenSecond.SourceCapacity, OpenSecond.OtherSection),
            Latency = LatencySketch.Merged(first.Latency, later.Latency),
            Slowest = Slowest(first, later),
        };
    }

    private static bool WithinBounds(ClosedSecond second) =>
        second.Sections.Count <= OpenSecond.SectionCapacity
        && second.Vhosts.Count <= OpenSecond.VhostCapacity
        && second.Sources.Count <= OpenSecond.SourceCapacity
        && second.Clients.Count <= ClientsAndHours.ClientCapacity;

    private static List<SectionStats> Sections(ClosedSecond earlier, ClosedSecond later) => BoundedJoin.Of(
        earlier.Sections, later.Sections, s => s.Section, (a, b) => a.Merge(b), (s, name) => s with { Section = name },
        OpenSecond.SectionCapacity, OpenSecond.OtherSection);

    private static List<VhostStats> Vhosts(ClosedSecond earlier, ClosedSecond later) => BoundedJoin.Of(
        earlier.Vhosts, later.Vhosts, v => v.Vhost,
        (a, b) => a with { Tally = a.Tally + b.Tally, Latency = LatencySketch.Merged(a.Latency, b.Latency) },
        (v, name) => v with { Vhost = name }, OpenSecond.VhostCapacity, OpenSecond.OtherSection);

    /// <summary>Both parts' clients through one bounded table, as the open second counts them.</summary>
    private static ClientCounts Clients(ClientCounts earlier, ClientCounts later)
    {
        var table = new Utf8Table<(long Hits, long Errors)>(ClientsAndHours.ClientCapacity, ClientsAndHours.Other);
        foreach (var part in (ReadOnlySpan<ClientCounts>)[earlier, later])
        {
            for (int i = 0; i < part.Count; i++)
            {
                ref var tally = ref table.GetOrAdd(part.KeyAt(i));
                tally = (tally.Hits + part.HitsAt(i), tally.Errors + part.ErrorsAt(i));
            }
        }

        return ClientCounts.From(table);
    }

    private static HourCount[] Hours(IReadOnlyList<HourCount> earlier, IReadOnlyList<HourCount> later)
    {
        var hours = earlier.ToList();
        foreach (var hour in later)
        {
            int at = hours.FindIndex(h => h.WeekdayHour == hour.WeekdayHour);
            if (at < 0)
            {
                hours.Add(hour);
            }
            else
            {
                hours[at] = hours[at] with { Hits = hours[at].Hits + hour.Hits, Errors = hours[at].Errors + hour.Errors };
            }
        }

        return [.. hours];
    }

    /// <summary>The slowest of both: by duration, on a tie the first read (the later part's hits were all read after the earlier's).</summary>
    private static SlowRequest[] Slowest(ClosedSecond earlier, ClosedSecond later)
    {
        long earlierTimed = earlier.Latency?.Count ?? 0;
        return earlier.Slowest
            .Concat(later.Slowest.Select(s => s with { Seen = earlierTimed + s.Seen }))
            .OrderByDescending(s => s.DurationMicros).ThenBy(s => s.Seen)
            .Take(SlowestInSecond.Capacity)
            .Order(Comparer<SlowRequest>.Create(SlowRequest.CompareBySlowness))
            .ToArray();
    }
}
