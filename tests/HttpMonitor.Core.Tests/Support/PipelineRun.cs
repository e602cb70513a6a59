using System.Reactive;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Pipeline;
using static HttpMonitor.Core.Tests.Support.ReactiveTest;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Runs the whole pipeline in virtual time on entries delivered at given seconds.</summary>
public static class PipelineRun
{
    /// <param name="arrivals">(second, entry): each entry arrives at that instant of the clock.</param>
    /// <param name="completeAt">When the entries complete (end of input), if ever.</param>
    /// <param name="until">Where the clock stops (the run is disposed there).</param>
    public static RecordingObserver<MonitorEvent> Run(
        MonitorOptions options, IEnumerable<(double Second, LogEntry Entry)> arrivals, double? completeAt = null, double until = 1000,
        IObservable<MonitorOptions>? optionChanges = null)
    {
        var scheduler = new TestScheduler();
        var messages = arrivals.Select(a => OnNext(Timeline.Seconds(a.Second), a.Entry)).ToList();
        if (completeAt is { } end)
        {
            messages.Add(OnCompleted<LogEntry>(Timeline.Seconds(end)));
        }

        var entries = scheduler.CreateHotObservable(messages.ToArray());
        var settings = optionChanges ?? new BehaviorSubject<MonitorOptions>(options);
        var observer = scheduler.CreateObserver<MonitorEvent>();

        // Subscribed at clock 0, before any recorded entry can fire.
        var subscription = entries.ToMonitorEvents(settings, scheduler).Subscribe(observer);
        scheduler.ScheduleAbsolute(subscription, Timeline.Seconds(until), (_, s) =>
        {
            s.Dispose();
            return System.Reactive.Disposables.Disposable.Empty;
        });
        scheduler.Start();
        return observer;
    }

    /// <summary><paramref name="count"/> entries at each of the given seconds.</summary>
    public static IEnumerable<(double, LogEntry)> Hits(int count, params double[] seconds) =>
        seconds.SelectMany(s => Enumerable.Repeat((s, Some.Entry()), count));

    /// <summary><paramref name="count"/> entries in every second of [from, to).</summary>
    public static IEnumerable<(double, LogEntry)> Steady(int count, int from, int to, int status = 200) =>
        Enumerable.Range(from, to - from).SelectMany(s => Enumerable.Repeat(((double)s, Some.Entry(status: status)), count));
}
