using System.Reactive.Concurrency;
using System.Reactive.Linq;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Clock;

public static class ClockObservable
{
    /// <summary>
    /// The live clock: the sources' bytes become lines (one <see cref="LineSplitter"/> per source),
    /// accepted lines move the clock (a line stamped ahead of <paramref name="wall"/> as if stamped
    /// now), each <see cref="LogInputKind.Tick"/> moves it to the wall clock less
    /// <paramref name="tolerance"/>; every second it closes comes out. At the end of the inputs the
    /// clock completes: the open second closes.
    /// </summary>
    /// <remarks>The inputs must be serialized (Rx's Merge does that): the clock is driven by one caller at a time.</remarks>
    /// <param name="counts">Where the lines read are counted.</param>
    /// <param name="format">The log format (<see cref="LogFormats.Compile"/>); auto by default.</param>
    public static IObservable<ClosedSecond> ToClosedSeconds(
        this IObservable<LogInput> inputs, LineCounts counts, IScheduler wall, TimeSpan tolerance, string format = LogFormats.Auto) =>
        Observable.Create<ClosedSecond>(observer =>
        {
            var clock = new LogClock(observer, () => wall.Now);
            var ingest = new LogIngest(clock, counts, format);
            var splitters = new Dictionary<int, LineSplitter>();
            LineSplitter Split(in LogInput input) =>
                splitters.TryGetValue(input.Source, out var splitter) ? splitter
                    : splitters[input.Source] = new LineSplitter(input.Origin is { } origin ? new OriginLines(ingest, origin) : ingest);

            return inputs.Subscribe(
                input =>
                {
                    switch (input.Kind)
                    {
                        case LogInputKind.Bytes:
                            Split(input).Write(input.Data);
                            break;
                        case LogInputKind.EndOfSource:
                            Split(input).Flush();
                            splitters.Remove(input.Source);
                            break;
                        case LogInputKind.Restart:
                            Split(input).Reset();
                            break;
                        case LogInputKind.Line:
                            ingest.OnLine(input.Data, input.Origin);
                            break;
                        case LogInputKind.Rejected:
                            ingest.OnRejected(input.Data);
                            break;
                        case LogInputKind.Tick:
                            clock.AdvanceTo(wall.Now - tolerance);
                            break;
                    }
                },
                observer.OnError,
                clock.Complete);
        });

    /// <summary>
    /// The inputs, and from the first <see cref="LogInputKind.CaughtUp"/> on a <see cref="LogInputKind.Tick"/>
    /// at once and then every <paramref name="interval"/> on <paramref name="wall"/>, until the inputs end.
    /// </summary>
    public static IObservable<LogInput> WithHeartbeat(this IObservable<LogInput> inputs, TimeSpan interval, IScheduler wall) =>
        inputs.Publish(shared => shared.Merge(
            shared.Where(i => i.Kind == LogInputKind.CaughtUp).Take(1)
                .SelectMany(_ => Observable.Interval(interval, wall).StartWith(0))
                .Select(_ => LogInput.Tick)
                .TakeUntil(shared.LastOrDefaultAsync())));
}
