using HttpMonitor.Core.Sources;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Sources;

public sealed class FollowStatusNoticesTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);
    private readonly ManualTimeProvider _time = new();
    private readonly List<string> _told = [];

    [Fact]
    public void MissingAtStart_IsToldAtOnce_ThenTheReading()
    {
        using var notices = New();
        notices.OnStatus(new("a.log", FollowState.Waiting));
        notices.OnStatus(new("a.log", FollowState.Following));

        Assert.Equal(["Waiting", "Following"], _told);
    }

    [Fact]
    public void Rotation_MissingForLessThanTheGrace_IsNotTold()
    {
        using var notices = New();
        notices.OnStatus(new("a.log", FollowState.Following));
        notices.OnStatus(new("a.log", FollowState.Waiting));
        _time.Advance(Grace - TimeSpan.FromMilliseconds(1));
        notices.OnStatus(new("a.log", FollowState.Following));
        _time.Advance(Grace * 2);

        Assert.Equal(["Following"], _told);
    }

    [Fact]
    public void Deleted_MissingLongerThanTheGrace_IsTold_AndTheReadingWhenItComesBack()
    {
        using var notices = New();
        notices.OnStatus(new("a.log", FollowState.Following));
        notices.OnStatus(new("a.log", FollowState.Waiting));
        _time.Advance(Grace);
        notices.OnStatus(new("a.log", FollowState.Following));

        Assert.Equal(["Following", "Waiting", "Following"], _told);
    }

    [Fact]
    public void Failing_IsToldAtOnce_OncePerProblem()
    {
        using var notices = New();
        notices.OnStatus(new("a.log", FollowState.Failing, "denied"));
        notices.OnStatus(new("a.log", FollowState.Failing, "denied"));
        notices.OnStatus(new("a.log", FollowState.Failing, "I/O error"));

        Assert.Equal(["Failing denied", "Failing I/O error"], _told);
    }

    private FollowStatusNotices New() =>
        new(s => _told.Add(s.Problem is null ? s.State.ToString() : $"{s.State} {s.Problem}"), _time, Grace);
}
