using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.ReplayRun;

namespace HttpMonitor.Core.Tests.Clock;

/// <summary>The format of a run: given, or chosen once by auto from the first line; how lines are counted.</summary>
public sealed class LogIngestTests
{
    private const string JsonLine = """{"time":"2026-11-23T10:00:00Z","status":200,"path":"/a/b","host":"www.example.com"}""";

    [Fact]
    public void Auto_JsonLog_IsDetectedFromItsFirstLine_AndEveryLineIsAccepted()
    {
        var (events, counts) = Of(Lines("", "  ", JsonLine, JsonLine));

        Assert.Equal(("json", true, 2L, 0L), (counts.Format, counts.FormatDetected, counts.Accepted, counts.Rejected));
        Assert.Equal(2, events.OfType<WindowStats>().Sum(w => w.Hits));
    }

    [Fact]
    public void Auto_ChoosesOnce_ALaterLineOfAnotherFormatIsRejected()
    {
        var (_, counts) = Of(Lines(Some.Line(0), JsonLine));

        Assert.Equal(("combined", 1L, 1L), (counts.Format, counts.Accepted, counts.Rejected));
    }

    [Fact]
    public void GivenFormat_IsNotDetected_EvenWhenTheLogSaysOtherwise()
    {
        var (_, counts) = Of(Lines(JsonLine), new MonitorOptions { LogFormat = "combined" });

        Assert.Equal(("combined", false, 1L), (counts.Format, counts.FormatDetected, counts.Rejected));
    }

    [Fact]
    public void EmptyLog_WithAuto_SaysAuto()
    {
        var (_, counts) = Of("");

        Assert.Equal(("auto", false, 0L), (counts.Format, counts.FormatDetected, counts.Lines));
    }

    [Fact]
    public void W3cDirectives_AreCountedAsIgnored_LinesAreTheSumOfAllThree()
    {
        var (_, counts) = Of(Lines("#Version: 1.0", "#Fields: date time cs-uri-stem sc-status", "2026-11-23 10:00:00 /a 200", "2026-11-23 10:00:00 /a"));

        Assert.Equal((4L, 1L, 1L, 2L), (counts.Lines, counts.Accepted, counts.Rejected, counts.Ignored));
    }

    [Fact]
    public void MostlyRejected_IsRaisedOnce_WhenMoreThanHalfOfTenLinesOrMoreWereRejected()
    {
        var counts = new LineCounts();
        var said = new List<long>();
        counts.MostlyRejected += c => said.Add(c.Lines);
        var ingest = new LogIngest(new LogClock(System.Reactive.Observer.Create<ClosedSecond>(_ => { })), counts, "json");

        foreach (string line in (string[])[JsonLine, .. Enumerable.Repeat(Some.Line(0), 30)])
        {
            ingest.OnLine(Some.Utf8(line));
        }

        Assert.Equal([10L], said);
        Assert.Equal(("rejected", Some.Line(0)), (counts.MostlyRejectedSaid ? "rejected" : "not said", counts.FirstRejected));
    }

    [Fact]
    public void MostlyRejected_IsNotRaised_BeforeTenLines()
    {
        var counts = new LineCounts();
        bool said = false;
        counts.MostlyRejected += _ => said = true;
        var ingest = new LogIngest(new LogClock(System.Reactive.Observer.Create<ClosedSecond>(_ => { })), counts, "json");

        for (int i = 0; i < 9; i++)
        {
            ingest.OnLine(Some.Utf8("not json"));
        }

        Assert.False(said);
        Assert.True(counts.MostLinesRejected);
    }

    [Fact]
    public void FormatWithoutClient_CountsTheHit_ButNoClient()
    {
        var (events, _) = Of(Lines("""{"time":"2026-11-23T10:00:00Z","status":200,"path":"/a"}"""));

        var profile = events.OfType<TrafficProfile>().Last();
        Assert.Equal((1L, 0), (profile.Hours.Sum(), profile.Clients.Count));
    }
}
