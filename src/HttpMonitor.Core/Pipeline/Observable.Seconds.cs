using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Pipeline;

public static partial class MonitorObservable
{
    /// <summary>
    /// Counts entries into the second of the scheduler's clock in which they arrive, and
    /// reports each second when the clock reaches its end, also when it is empty.
    /// </summary>
    /// <remarks>
    /// The first entry starts the clock at its second; from then on a timer on
    /// <paramref name="scheduler"/> closes one second after another. Entries must be delivered
    /// at their effective time (the clock drivers do that). Per entry the work is O(1) and
    /// nothing is kept but the counts of the open second.
    /// </remarks>
    public static IObservable<SecondTotals> ToSecondTotals(this IObservable<LogEntry> entries, IScheduler scheduler) =>
        Observable.Create<SecondTotals>(observer =>
        {
            var open = new SecondAccumulator();
            var timer = new SerialDisposable();

            // Closes every second whose end the clock has reached. Called by the timer, and also
            // before an entry is counted and at completion, so that an entry or the end of input
            // at the very instant a second ends never lands in the second that is closing.
            void CloseDueSeconds()
            {
                while (open.Started && open.Second.AddSeconds(1) <= scheduler.Now)
                {
                    observer.OnNext(open.Close());
                }
            }

            var subscription = entries.Subscribe(
                entry =>
                {
                    if (!open.Started)
                    {
                        open.Start(WholeSecond(scheduler.Now));
                        timer.Disposable = scheduler.Schedule(open.Second.AddSeconds(1), closeNext =>
                        {
                            CloseDueSeconds();
                            closeNext(open.Second.AddSeconds(1));
                        });
                    }

                    CloseDueSeconds();
                    open.Add(entry);
                },
                observer.OnError,
                () =>
                {
                    CloseDueSeconds();
                    observer.OnCompleted();
                });
            return new CompositeDisposable(subscription, timer);
        });

    internal static DateTimeOffset WholeSecond(DateTimeOffset t) =>
        new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>The counts of the open second.</summary>
    private sealed class SecondAccumulator
    {
        private readonly SectionTable _sections = new();
        private long _hits, _errors4xx, _errors5xx, _bytes;

        public bool Started { get; private set; }

        public DateTimeOffset Second { get; private set; }

        public void Start(DateTimeOffset second)
        {
            Started = true;
            Second = second;
        }

        public void Add(in LogEntry e)
        {
            _hits++;
            if (e.Is5xx)
            {
                _errors5xx++;
            }
            else if (e.Is4xx)
            {
                _errors4xx++;
            }

            _bytes += e.Bytes;
            _sections.Add(e.Section, e.Path, e.Status, e.Bytes);
        }

        /// <summary>Reports the open second and opens the next one.</summary>
        public SecondTotals Close()
        {
            var closed = _hits == 0
                ? SecondTotals.Empty(Second)
                : new SecondTotals(Second, _hits, _errors4xx, _errors5xx, _bytes, _sections.InFirstSeenOrder());
            _hits = _errors4xx = _errors5xx = _bytes = 0;
            _sections.Clear();
            Second = Second.AddSeconds(1);
            return closed;
        }
    }
}
