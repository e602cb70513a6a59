using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;
using static HttpMonitor.Core.Tests.Support.PipelineRun;

namespace HttpMonitor.Core.Tests.Alerts;

public sealed class ErrorAlertTests
{
    private static readonly MonitorOptions Options = new() { MaxErrorsThreshold = 10, ErrorsAlertInterval = 10, StatisticsInterval = 1000 };

    private static List<string> Alerts(IEnumerable<(double, string)> arrivals, double until) =>
        Timeline.Of(Run(Options, arrivals, until: until)).Where(e => e.Contains("errors")).ToList();

    [Fact]
    public void ErrorsAlert_ExactlyTheThreshold_DoesNotTrigger()
    {
        Assert.Empty(Alerts(Steady(1, 0, 10, status: 500), until: 30));
    }

    [Fact]
    public void ErrorsAlert_OneMoreThanTheThreshold_Triggers_AndRecoversWhenTheyLeaveTheWindow()
    {
        // 11 errors in [0,10): 4xx and 5xx both count. At 11 second 0 (2 errors) leaves: 9.
        var arrivals = Steady(1, 0, 10, status: 404).Append(At(0.5, status: 503));

        Assert.Equal(["10s 10 errors triggered 11", "11s 11 errors recovered 9"], Alerts(arrivals, until: 30));
    }

    [Fact]
    public void ErrorsAlert_SuccessesAndRedirects_DoNotCount()
    {
        var arrivals = Steady(5, 0, 10, status: 200).Concat(Steady(5, 0, 10, status: 304)).Concat(Steady(5, 0, 10, status: 399));

        Assert.Empty(Alerts(arrivals, until: 30));
    }

    [Fact]
    public void ErrorsAlert_AtThreshold_Recovers()
    {
        // 11 errors by 9 s (second 0 holds two), 12 by 10 s; at 11 second 0 leaves: 10, the threshold.
        var arrivals = Steady(1, 0, 10, status: 500).Append(At(0.1, status: 500)).Append(At(5, status: 500));

        Assert.Equal(["9s 9 errors triggered 11", "11s 11 errors recovered 10"], Alerts(arrivals, until: 30));
    }
}
