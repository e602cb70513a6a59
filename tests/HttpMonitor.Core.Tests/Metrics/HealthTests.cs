using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Metrics;

public sealed class HealthTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(2);
    private static readonly FollowStatus Following = new("/var/log/access.log", FollowState.Following);

    [Fact]
    public void Health_ClockTrailingByTheTolerance_IsHealthy()
    {
        var snapshot = MetricsSnapshot.Empty with { Clock = Some.Start };

        var (healthy, reason) = Health.Of(snapshot, Some.Start.AddSeconds(3), Following, Tolerance);

        Assert.True(healthy, reason);
    }

    [Fact]
    public void Health_ClockBehindMoreThanToleranceAndMargin_IsStalledWithTheReason()
    {
        var snapshot = MetricsSnapshot.Empty with { Clock = Some.Start };

        var (healthy, reason) = Health.Of(snapshot, Some.Start.AddSeconds(13), Following, Tolerance);

        Assert.False(healthy);
        Assert.Equal("stalled: the monitor's clock is at 2026-11-23T10:00:00Z, 13 s behind the wall clock (catching up with old lines, or not processing them)", reason);
    }

    [Fact]
    public void Health_ClockBehindExactlyToleranceAndMargin_IsHealthy()
    {
        var snapshot = MetricsSnapshot.Empty with { Clock = Some.Start };

        var (healthy, _) = Health.Of(snapshot, Some.Start.AddSeconds(12), Following, Tolerance);

        Assert.True(healthy);
    }

    [Fact]
    public void Health_LogMissing_IsUnhealthyAndSaysItWaits()
    {
        var (healthy, reason) = Health.Of(MetricsSnapshot.Empty, Some.Start, Following with { State = FollowState.Waiting }, Tolerance);

        Assert.Equal((false, "waiting for /var/log/access.log to appear"), (healthy, reason));
    }

    [Fact]
    public void Health_LogUnreadable_IsUnhealthyWithTheProblem()
    {
        var (healthy, reason) = Health.Of(MetricsSnapshot.Empty, Some.Start, Following with { State = FollowState.Failing, Problem = "permission denied" }, Tolerance);

        Assert.Equal((false, "cannot read /var/log/access.log: permission denied"), (healthy, reason));
    }

    [Fact]
    public void Health_NoLineYet_IsHealthy()
    {
        var (healthy, _) = Health.Of(MetricsSnapshot.Empty, Some.Start, Following, Tolerance);

        Assert.True(healthy);
    }

    [Fact]
    public void Health_FinishedReplay_IsHealthyWhateverItsClock()
    {
        var snapshot = MetricsSnapshot.Empty with { Clock = Some.Start.AddYears(-5), Finished = true };

        var (healthy, reason) = Health.Of(snapshot, Some.Start, following: null, Tolerance);

        Assert.Equal((true, "replay finished: 0 lines read; serving its final state"), (healthy, reason));
    }
}
