using HttpMonitor.Core.Sources;
using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class SummaryFormatTests
{
    [Fact]
    public void Lines_Following80Columns_FlowFieldsIntoTwoLines()
    {
        var snapshot = Some.Snapshot(Some.Second(0, 12), Some.Second(1, 30, errors5xx: 2), Some.TrafficStatus(1, 42), Some.ErrorsStatus(1, 2));

        var lines = SummaryFormat.Lines(Some.State(snapshot, accepted: 1234, rejected: 0), 80, paused: false, showRejected: false, Some.Display);

        ScreenAssert.LinesEqual(
            [
                "no alert │ 12:00:02Z │ following /var/log/access.log │ last second 30 req/s",
                "avg 0.35/10 req/s (120s) │ errors 2/10 (10s) │ 1,234 ok, 0 rejected",
            ],
            lines);
    }

    [Fact]
    public void Lines_BeforeTheFile_SaysWaitingAndClockNotStarted()
    {
        var state = Some.State(Some.Snapshot(), FollowState.Waiting);

        string text = string.Join("\n", SummaryFormat.Lines(state, 80, false, false, Some.Display));

        Assert.StartsWith("no alert │ clock not started │ waiting for the file /var/log/access.log", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_BothAlerts_StateIsAlertColored()
    {
        var snapshot = Some.Snapshot(Some.TrafficStatus(1, 1300, active: true), Some.ErrorsStatus(1, 11, active: true));

        var first = SummaryFormat.Lines(Some.State(snapshot), 80, false, false, Some.Display)[0];

        Assert.Equal(new TextRun("TRAFFIC + ERRORS ALERT", Tone.Alert), first.Runs[0]);
    }

    [Fact]
    public void Lines_AverageAboveThreshold_AverageIsAlertColored()
    {
        var snapshot = Some.Snapshot(Some.Second(0, 1300), Some.TrafficStatus(0, 1300));

        var spans = SummaryFormat.Lines(Some.State(snapshot), 200, false, false, Some.Display).SelectMany(l => l.Runs);

        Assert.Contains(new TextRun("avg 10.83", Tone.Alert), spans);
    }

    [Fact]
    public void Lines_RejectedShown_LatestRejectedLineIsEscaped()
    {
        var state = Some.State(Some.Snapshot(), rejected: 1, latestRejected: "bad \e[2Jline\u0007");

        var lines = SummaryFormat.Lines(state, 80, false, showRejected: true, Some.Display);

        Assert.Equal(@"latest rejected: bad \x1b[2Jline\x07", lines[^1].ToString());
        Assert.Contains("1 rejected (r)", string.Join("\n", lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_PathWithEscapeSequence_IsShownEscaped()
    {
        var state = Some.State(Some.Snapshot()) with { Status = new FollowStatus("/tmp/\e]0;evil\u0007.log", FollowState.Following) };

        string text = string.Join("\n", SummaryFormat.Lines(state, 120, false, false, Some.Display));

        Assert.Contains(@"/tmp/\x1b]0;evil\x07.log", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\e", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_ShowTheLogFormat_AfterTheFile()
    {
        var state = Some.State(Some.Snapshot()) with { Format = "json (detected)" };

        string text = string.Join("\n", SummaryFormat.Lines(state, 120, false, false, Some.Display));

        Assert.Contains("following /var/log/access.log as json (detected)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_MostLinesRejected_SayWhichFormatAndHowToNameAnother()
    {
        var state = Some.State(Some.Snapshot(), rejected: 12) with { Format = "combined (detected)", MostlyRejected = true };

        var spans = SummaryFormat.Lines(state, 200, false, false, Some.Display).SelectMany(l => l.Runs);

        Assert.Contains(new TextRun("most lines rejected as combined (detected): name the format with --format (r: the latest)", Tone.Warning), spans);
    }

    [Fact]
    public void Lines_Paused_SaysSo()
    {
        var lines = SummaryFormat.Lines(Some.State(Some.Snapshot()), 120, paused: true, showRejected: false, Some.Display);

        Assert.Contains(new TextRun("PAUSED (p)", Tone.Warning), lines[0].Runs);
    }
}
