using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Pipeline;

public sealed class SectionsSinceStartTests
{
    [Fact]
    public void Add_Windows_SumsEachSectionKeepingTheHeaviestAndTheFirstOnATie()
    {
        var since = SectionsSinceStart.Empty
            .Add(Window(Section("/a", 2, "/a/1", 500), Section("/b", 1, "/b/1", 5)))
            .Add(Window(Section("/a", 3, "/a/2", 500)))
            .Add(Window(Section("/a", 1, "/a/3", 900)));

        Assert.Equal(7, since.Tally.Hits);
        Assert.Equal([("/a", 6L, "/a/3"), ("/b", 1L, "/b/1")], since.Ranked().Select(s => (s.Section, s.Hits, s.HeaviestPath)));
    }

    [Fact]
    public void Add_MoreSectionsThanTheBound_SumsTheRestAsOther()
    {
        var many = Enumerable.Range(0, SectionTable.DefaultCapacity + 5).Select(i => Section("/s" + i, 1, "/p", 1)).ToArray();

        var since = SectionsSinceStart.Empty.Add(Window(many));

        Assert.Equal(SectionTable.DefaultCapacity + 1, since.Sections.Count);
        Assert.Equal(5, since.Sections[SectionTable.Other].Hits);
    }

    [Fact]
    public void Add_ReturnsANewValue_TheOldOneStaysAsItWas()
    {
        var before = SectionsSinceStart.Empty.Add(Window(Section("/a", 1, "/a", 1)));

        _ = before.Add(Window(Section("/a", 4, "/a", 1)));

        Assert.Equal(1, before.Sections["/a"].Hits);
    }

    private static SectionStats Section(string name, long hits, string heaviest, long bytes) => new(name, new Tally(hits, 0, 0, hits), heaviest, bytes);

    private static WindowStats Window(params SectionStats[] sections) =>
        new(Some.Start, Some.Start.AddSeconds(10), false, sections.Aggregate(default(Tally), (t, s) => t + s.Tally), sections, []);
}
