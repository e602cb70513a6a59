namespace HttpMonitor.Tests.Support;

/// <summary>A wall clock that always reads <paramref name="now"/>: what "today" is for the window's dates.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
