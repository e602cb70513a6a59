using System.Reactive;
using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// Virtual time in ticks, in the manner of Microsoft.Reactive.Testing's TestScheduler (which
/// cannot be restored here): hot observables of recorded notifications, an observer that
/// records when each notification arrived, and Start(create, created, subscribed, disposed).
/// </summary>
public sealed class TestScheduler : VirtualTimeScheduler<long, long>
{
    public const long Created = 100;
    public const long Subscribed = 200;
    public const long Disposed = 1000;

    protected override long Add(long absolute, long relative) => absolute + relative;

    protected override DateTimeOffset ToDateTimeOffset(long absolute) => new(absolute, TimeSpan.Zero);

    protected override long ToRelative(TimeSpan timeSpan) => timeSpan.Ticks;

    /// <summary>An observable that delivers each recorded notification at its tick, whoever listens.</summary>
    public IObservable<T> CreateHotObservable<T>(params Recorded<Notification<T>>[] messages)
    {
        var subject = new System.Reactive.Subjects.Subject<T>();
        foreach (var message in messages)
        {
            ScheduleAbsolute(message, message.Time, (_, m) =>
            {
                m.Value.Accept(subject);
                return Disposable.Empty;
            });
        }

        return subject.AsObservable();
    }

    public RecordingObserver<T> CreateObserver<T>() => new(this);

    /// <summary>Creates the query at <paramref name="created"/>, subscribes at <paramref name="subscribed"/>, disposes at <paramref name="disposed"/>, and runs the clock to the end.</summary>
    public RecordingObserver<T> Start<T>(Func<IObservable<T>> create, long created, long subscribed, long disposed)
    {
        IObservable<T>? source = null;
        IDisposable? subscription = null;
        var observer = CreateObserver<T>();
        ScheduleAbsolute(created, () => source = create());
        ScheduleAbsolute(subscribed, () => subscription = source!.Subscribe(observer));
        ScheduleAbsolute(disposed, () => subscription!.Dispose());
        Start();
        return observer;
    }

    private void ScheduleAbsolute(long time, Action action) =>
        ScheduleAbsolute(action, time, (_, a) =>
        {
            a();
            return Disposable.Empty;
        });
}

/// <summary>A notification and the tick it happened at.</summary>
public readonly record struct Recorded<T>(long Time, T Value);

/// <summary>Records every notification with the scheduler's clock when it arrived.</summary>
public sealed class RecordingObserver<T>(TestScheduler scheduler) : IObserver<T>
{
    public List<Recorded<Notification<T>>> Messages { get; } = [];

    public void OnNext(T value) => Messages.Add(new(scheduler.Clock, Notification.CreateOnNext(value)));

    public void OnError(Exception error) => Messages.Add(new(scheduler.Clock, Notification.CreateOnError<T>(error)));

    public void OnCompleted() => Messages.Add(new(scheduler.Clock, Notification.CreateOnCompleted<T>()));
}

/// <summary>Shorthands for recorded notifications, as in Rx's ReactiveTest.</summary>
public static class ReactiveTest
{
    public static Recorded<Notification<T>> OnNext<T>(long ticks, T value) => new(ticks, Notification.CreateOnNext(value));

    public static Recorded<Notification<T>> OnCompleted<T>(long ticks) => new(ticks, Notification.CreateOnCompleted<T>());
}
