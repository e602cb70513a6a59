namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// Virtual time for code that takes a <see cref="TimeProvider"/> (Polly's delays and timeouts):
/// time moves only in <see cref="Advance"/>, which fires the timers due on the way, in order,
/// on the test's thread. <see cref="WaitForTimerAsync"/> lets a test wait, without sleeping,
/// until the code under test has started a timer of a given length.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    /// <summary>How long a test waits for the code under test to start a timer before it fails: a guard, not a sleep.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(TimeSpan Length, TaskCompletionSource Started)> _waiters = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes when a timer of <paramref name="length"/> is running (started and not yet fired or disposed).</summary>
    public Task WaitForTimerAsync(TimeSpan length)
    {
        lock (_gate)
        {
            if (_timers.Any(t => t.Length == length))
            {
                return Task.CompletedTask;
            }

            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((length, started));
            return started.Task.WaitAsync(Patience);
        }
    }

    /// <summary>Whether a timer of <paramref name="length"/> is running.</summary>
    public bool HasTimer(TimeSpan length)
    {
        lock (_gate)
        {
            return _timers.Any(t => t.Length == length);
        }
    }

    /// <summary>Moves time forward by <paramref name="by"/>, firing every timer due up to then.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (due is null)
                {
                    _now = target;
                    return;
                }

                _now = due.Due;
                if (due.Period > TimeSpan.Zero)
                {
                    due.Due += due.Period;
                }
                else
                {
                    _timers.Remove(due);
                }
            }

            due.Fire();
        }
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        List<TaskCompletionSource> started = [];
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.Length = dueTime;
            timer.Due = _now + dueTime;
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            _timers.Add(timer);
            foreach (var waiter in _waiters.Where(w => w.Length == dueTime).ToList())
            {
                _waiters.Remove(waiter);
                started.Add(waiter.Started);
            }
        }

        started.ForEach(s => s.TrySetResult());
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public TimeSpan Length { get; set; }

        public DateTimeOffset Due { get; set; }

        public TimeSpan Period { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
