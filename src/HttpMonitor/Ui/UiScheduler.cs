using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using Terminal.Gui.App;

namespace HttpMonitor.Ui;

/// <summary>Runs Rx work on Terminal.Gui's loop: at once through <c>Invoke</c>, later through <c>AddTimeout</c>.</summary>
internal sealed class UiScheduler(IApplication app) : LocalScheduler
{
    public override IDisposable Schedule<TState>(TState state, TimeSpan dueTime, Func<IScheduler, TState, IDisposable> action)
    {
        var work = new SingleAssignmentDisposable();
        var cancelled = new BooleanDisposable();
        void Run()
        {
            if (!cancelled.IsDisposed)
            {
                work.Disposable = action(this, state);
            }
        }

        if (dueTime <= TimeSpan.Zero)
        {
            app.Invoke(Run);
            return new CompositeDisposable(cancelled, work);
        }

        object? token = app.AddTimeout(dueTime, () =>
        {
            Run();
            return false;
        });
        return new CompositeDisposable(cancelled, work, Disposable.Create(() => { if (token is not null) { app.RemoveTimeout(token); } }));
    }
}
