using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Clock;

/// <summary>Sources (parts of one second read from several inputs) join as one reading counts them; the rest is pinned through ParallelParseTests.</summary>
public sealed class SecondJoinTests
{
    [Fact]
    public void Join_Sources_SumInTheOrderFirstSeen()
    {
        var earlier = With(Source("a.log", 1), Source("b.log", 1));
        var later = With(Source("b.log", 2), Source("c.log", 1));

        var joined = SecondJoin.Join(earlier, later);

        Assert.Equal(["a.log:1", "b.log:3", "c.log:1"], joined.Sources.Select(s => $"{s.Source}:{s.Hits}"));
    }

    [Fact]
    public void Join_SourcesPastTheBound_CountAsOther()
    {
        var earlier = With([.. Enumerable.Range(0, OpenSecond.SourceCapacity).Select(i => Source($"s{i}", 1))]);
        var later = With(Source("new1", 2), Source("s0", 1), Source("new2", 3));

        var joined = SecondJoin.Join(earlier, later);

        Assert.Equal(OpenSecond.SourceCapacity + 1, joined.Sources.Count);
        Assert.Equal(("s0", 2L), (joined.Sources[0].Source, joined.Sources[0].Hits));
        Assert.Equal((OpenSecond.OtherSection, 5L), (joined.Sources[^1].Source, joined.Sources[^1].Hits));
    }

    [Fact]
    public void Join_RentedParts_GivesTheirClientsBack()
    {
        var earlier = ClosedSecond.Empty(Some.Start) with { Clients = ClientCounts.Rented(ClientCountsTests.Table("a", "b")) };
        var later = ClosedSecond.Empty(Some.Start) with { Clients = ClientCounts.Rented(ClientCountsTests.Table("b", "c")) };

        var joined = SecondJoin.Join(earlier, later);

        Assert.Equal(["a:1", "b:2", "c:1"], ClientCountsTests.Read(joined.Clients));
        Assert.Equal((0, 0), (earlier.Clients.Count, later.Clients.Count));
    }

    [Fact]
    public void Join_TimedParts_MergesResponseTimesIntoAFrozenSketch_LeavingThePartsAsTheyWere()
    {
        var parts = new[] { 1_000L, 2_000, 3_000 }.Select(micros => ClosedSecond.Empty(Some.Start) with
        {
            Tally = new Tally(1, 0, 0, 10),
            Sections = [new SectionStats("/api", new Tally(1, 0, 0, 10), "/api/x", 10) { Latency = Sketch(micros) }],
            Latency = Sketch(micros),
        }).ToArray();
        var join = new SecondJoin();
        join.Open(parts[0]);
        join.Add(parts[1]);
        join.Add(parts[2]);

        var joined = join.Close();

        var latency = joined.Sections.Single().Latency!;
        Assert.Equal((3L, 6_000L, true), (latency.Count, latency.Sum, latency.IsFrozen));
        Assert.Equal((3L, true), (joined.Latency!.Count, joined.Latency.IsFrozen));
        Assert.Equal([1L, 1, 1], parts.Select(p => p.Sections[0].Latency!.Count));
    }

    [Fact]
    public void Close_ThenOpen_JoinsTheNextSecondFromNothing()
    {
        var join = new SecondJoin();
        join.Open(With(Source("a.log", 1)) with { Clients = ClientCounts.From(ClientCountsTests.Table("x")) });
        join.Add(With(Source("b.log", 1)));
        var first = join.Close();

        join.Open(With(Source("c.log", 2)) with { Start = Some.Start.AddSeconds(1) });
        join.Add(With(Source("c.log", 1)) with { Start = Some.Start.AddSeconds(1) });
        var second = join.Close();

        Assert.Equal(["a.log:1", "b.log:1"], first.Sources.Select(s => $"{s.Source}:{s.Hits}"));
        Assert.Equal(["c.log:3"], second.Sources.Select(s => $"{s.Source}:{s.Hits}"));
        Assert.Equal((Some.Start.AddSeconds(1), 0, 3L), (second.Start, second.Clients.Count, second.Tally.Hits));
        Assert.False(join.IsOpen);
    }

    [Fact]
    public void Open_WhileOpen_Throws()
    {
        var join = new SecondJoin();
        join.Open(With());

        Assert.Throws<InvalidOperationException>(() => join.Open(With()));
    }

    private static LatencySketch Sketch(long micros)
    {
        var sketch = new LatencySketch();
        sketch.Add(micros);
        return sketch.Freeze();
    }

    private static SourceStats Source(string name, long hits) => new(name, new Tally(hits, 0, 0, hits * 10));

    private static ClosedSecond With(params SourceStats[] sources) =>
        ClosedSecond.Empty(Some.Start) with { Tally = new Tally(sources.Sum(s => s.Hits), 0, 0, 0), Sources = sources };
}
