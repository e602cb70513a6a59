using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using Microsoft.Reactive.Testing;
using static Microsoft.Reactive.Testing.ReactiveTest;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// Runs the live monitor (<see cref="LiveMonitor.Monitor"/>: lines, heartbeat, clock, folds) in
/// virtual time: lines arrive at given seconds of a <see cref="WallClock"/>, the heartbeat ticks on
/// it, and every event is recorded with the virtual time it came out at.
/// </summary>
public static class PipelineRun
{
    /// <param name="arrivals">(second, line): each line arrives at that second of the wall clock.</param>
    /// <param name="completeAt">When the input ends, if ever.</param>
    /// <param name="until">Where the wall clock stops (the run is disposed there).</param>
    /// <param name="during">Called at the start with the scheduler and the settings' changes, to schedule changes.</param>
    /// <param name="tolerance">The live tolerance: 0 by default, so that the clock follows the wall clock exactly.</param>
    /// <param name="counts">Where the lines are counted, to look at after the run.</param>
    public static ITestableObserver<MonitorEvent> Run(
        MonitorOptions options, IEnumerable<(double Second, string Line)> arrivals, double? completeAt = null, double until = 1000,
        Action<WallClock, IObserver<MonitorOptions>>? during = null, double tolerance = 0, LineCounts? counts = null)
    {
        var wall = new WallClock();
        var messages = arrivals
            .Select(a => OnNext(Timeline.Seconds(a.Second), new LogInput(LogInputKind.Bytes, 0, Encoding.UTF8.GetBytes(a.Line + "\n"))))
            .Prepend(OnNext(0, LogInput.CaughtUp))
            .ToList();
        if (completeAt is { } end)
        {
            messages.Add(OnCompleted<LogInput>(Timeline.Seconds(end)));
        }

        var inputs = wall.CreateHotObservable(messages.ToArray());
        using var changes = new Subject<MonitorOptions>();
        var observer = wall.CreateObserver<MonitorEvent>();
        during?.Invoke(wall, changes);
        using var subscription = LiveMonitor
            .Monitor(inputs, wall, options with { LiveTolerance = tolerance }, changes, counts ?? new LineCounts())
            .Subscribe(observer);
        wall.AdvanceTo(Timeline.Seconds(until));
        return observer;
    }

    /// <summary><paramref name="count"/> lines arriving at each of the given seconds, each stamped with its second.</summary>
    public static IEnumerable<(double, string)> Hits(int count, params double[] seconds) =>
        seconds.SelectMany(s => Enumerable.Repeat((s, Some.Line((int)Math.Floor(s))), count));

    /// <summary><paramref name="count"/> lines in every second of [from, to).</summary>
    public static IEnumerable<(double, string)> Steady(int count, int from, int to, int status = 200) =>
        Enumerable.Range(from, to - from).SelectMany(s => Enumerable.Repeat(((double)s, Some.Line(s, status: status)), count));

    /// <summary>A line arriving at <paramref name="second"/>, stamped with its second.</summary>
    public static (double, string) At(double second, string target = "/pages/x", int status = 200, int bytes = 100) =>
        (second, Some.Line(Some.Start.AddSeconds(Math.Floor(second)), target, status, bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
