using System.Reactive.Linq;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Pipeline;

public static partial class MonitorObservable
{
    /// <summary>
    /// Groups closed seconds into statistics windows of <see cref="MonitorOptions.StatisticsInterval"/>
    /// seconds that tile time from the clock's start. A window is reported when it closes, also
    /// when empty; at completion an unfinished window is reported as partial.
    /// </summary>
    /// <remarks>
    /// Counting seconds is counting time, because every second is reported exactly once.
    /// A change of interval takes effect from the next window, so no count is lost.
    /// </remarks>
    public static IObservable<WindowStats> ToWindowStats(
        this IObservable<SecondTotals> seconds, IObservable<MonitorOptions> options) =>
        Observable.Create<WindowStats>(observer =>
        {
            var window = new WindowAccumulator();
            return seconds
                .WithLatestFrom(options, (second, o) => (second, o.StatisticsInterval))
                .Subscribe(
                    x =>
                    {
                        window.Add(x.second, x.StatisticsInterval);
                        if (window.Length >= window.Interval)
                        {
                            observer.OnNext(window.Close(partial: false));
                        }
                    },
                    observer.OnError,
                    () =>
                    {
                        if (window.Length > 0)
                        {
                            observer.OnNext(window.Close(partial: true));
                        }

                        observer.OnCompleted();
                    });
        });

    /// <summary>The seconds of the open statistics window, summed.</summary>
    private sealed class WindowAccumulator
    {
        private readonly SectionTable _sections = new();
        private DateTimeOffset _start;
        private long _hits, _errors4xx, _errors5xx, _bytes;

        /// <summary>Seconds in the window so far.</summary>
        public int Length { get; private set; }

        /// <summary>The interval fixed when the window opened.</summary>
        public int Interval { get; private set; }

        public void Add(SecondTotals second, int interval)
        {
            if (Length == 0)
            {
                _start = second.Start;
                Interval = interval;
            }

            Length++;
            _hits += second.Hits;
            _errors4xx += second.Errors4xx;
            _errors5xx += second.Errors5xx;
            _bytes += second.Bytes;
            foreach (var section in second.Sections)
            {
                _sections.Add(section);
            }
        }

        public WindowStats Close(bool partial)
        {
            var stats = new WindowStats(
                _start, _start.AddSeconds(Length), partial, _hits, _errors4xx, _errors5xx, _bytes, _sections.Ranked());
            Length = 0;
            _hits = _errors4xx = _errors5xx = _bytes = 0;
            _sections.Clear();
            return stats;
        }
    }
}
