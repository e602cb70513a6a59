using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Tests.Support;
using Xunit.Abstractions;

namespace HttpMonitor.Core.Tests.Metrics;

/// <summary>A flood of distinct sections (a scanner, random paths) cannot grow the scrape: the top sections keep their labels, the rest count as "other".</summary>
public sealed class LabelCardinalityTests(ITestOutputHelper output)
{
    private const int Top = 10;

    // An hour of a scanner: 100 new sections a second, each hit once, beside three real sections.
    private const int Seconds = 3_600;
    private const int JunkPerSecond = 100;

    [Fact]
    public void Flood_OfDistinctSections_SeriesStayBoundedByTop()
    {
        var board = Flood();

        var series = MetricsBoardTests.Samples(MetricsBoardTests.Scrape(board), "httpmonitor_requests_total{");
        output.WriteLine($"{Seconds * JunkPerSecond:N0} distinct sections and 3 real ones: {board.Latest.Sections.Count} section labels, {series.Count} series of httpmonitor_requests_total");

        Assert.True(board.Latest.Sections.Count <= Top + 1, $"{board.Latest.Sections.Count} labels");
        Assert.Equal(board.Latest.Sections.Count * 3, series.Count);
    }

    [Fact]
    public void Flood_OfDistinctSections_RealSectionsKeepTheirLabels()
    {
        var labels = Flood().Latest.Sections.Select(s => s.Label).ToList();

        Assert.Equal(["/api", "/other", "/static", "other"], labels);
    }

    [Fact]
    public void Flood_OfDistinctSections_EveryHitStillCounted()
    {
        long hits = Flood().Latest.Sections.Sum(s => s.Tally.Hits);

        Assert.Equal((long)Seconds * (JunkPerSecond + 50 + 20 + 5), hits);
    }

    [Fact]
    public void Flood_FromTheFirstSecond_TakesNoLabelBeforeTheRealSections()
    {
        var board = new MetricsBoard(Top, null);
        board.OnNext(Second(0, Enumerable.Range(0, 1_000).Select(i => Section($"/junk{i}", 1))));
        board.OnNext(Second(1, [Section("/api", 50)]));

        Assert.Equal(["/api", "other"], board.Latest.Sections.Select(s => s.Label));
    }

    private static MetricsBoard Flood()
    {
        var board = new MetricsBoard(Top, null);
        for (int s = 0; s < Seconds; s++)
        {
            var junk = Enumerable.Range(0, JunkPerSecond).Select(i => Section($"/scan{s * JunkPerSecond + i}", 1));
            board.OnNext(Second(s, [Section("/api", 50), Section("/static", 20), Section("/other", 5), .. junk]));
        }

        return board;
    }

    private static SectionStats Section(string name, long hits) => new(name, new Tally(hits, 0, 0, hits * 100), name, 100);

    private static ClosedSecond Second(int s, IEnumerable<SectionStats> sections)
    {
        var list = sections.ToList();
        var tally = list.Aggregate(default(Tally), (sum, x) => sum + x.Tally);
        return new ClosedSecond(Some.Start.AddSeconds(s), tally, list, ClientCounts.Empty, []);
    }
}
