using System.Reactive.Disposables;
using Microsoft.Reactive.Testing;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// Rx's <see cref="TestScheduler"/> as the wall clock of a live run: its clock reads as
/// <see cref="Some.Start"/> plus the virtual ticks, so lines stamped at <c>Some.Start + s</c>
/// arrive at virtual second <c>s</c>.
/// </summary>
public sealed class WallClock : TestScheduler
{
    /// <summary>Runs <paramref name="action"/> when the clock reaches <paramref name="second"/>.</summary>
    public void At(double second, Action action) =>
        ScheduleAbsolute(action, Timeline.Seconds(second), (_, a) =>
        {
            a();
            return Disposable.Empty;
        });

    protected override DateTimeOffset ToDateTimeOffset(long absolute) => Some.Start.AddTicks(absolute);
}
